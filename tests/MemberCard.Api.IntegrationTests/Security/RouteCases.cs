namespace MemberCard.Api.IntegrationTests.Security;

using System.Net;

/// <summary>
/// One case per authenticated route of the API. The matrix test compares this table with the routes the
/// running app maps, so a new route fails the suite until it gets a case here.
/// </summary>
public static class RouteCases
{
    /// <summary>Routes that take no credentials at all; they are checked to exist, not to refuse.</summary>
    public static IReadOnlySet<string> Anonymous { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "POST /api/v1/auth/wechat/login",
        "POST /api/v1/payments/top-up-confirmations",
    };

    // Listed in the order the owner pass runs them: each lifecycle step leaves the card ready for the next.
    public static IReadOnlyList<RouteCase> All { get; } =
    [
        Me("POST", "/api/v1/me/card-applications",
            w => new { name = "王五", gender = "Male", birthDate = "1991-01-01", phone = "13600009999", branchCode = w.BranchB.Code },
            HttpStatusCode.UnprocessableEntity),
        Me("GET", "/api/v1/me/card", _ => null, HttpStatusCode.OK),
        Me("GET", "/api/v1/me/milestone-claims", _ => null, HttpStatusCode.OK),
        Me("POST", "/api/v1/me/card/activate", _ => null, HttpStatusCode.OK),
        Me("POST", "/api/v1/me/card/loss-report", _ => null, HttpStatusCode.OK),
        Me("POST", "/api/v1/me/card/reissue", _ => null, HttpStatusCode.OK),
        Me("POST", "/api/v1/me/phone", w => new { phoneCode = "dev:" + w.MemberX.Phone }, HttpStatusCode.OK),
        Me("PATCH", "/api/v1/me/profile", _ => new { address = "深圳市南山区科技园" }, HttpStatusCode.OK),
        Me("GET", "/api/v1/me/points/ledger", _ => null, HttpStatusCode.OK),
        Me("GET", "/api/v1/me/points/lots", _ => null, HttpStatusCode.OK),
        Me("GET", "/api/v1/me/gifts", _ => null, HttpStatusCode.OK),
        Me("GET", "/api/v1/me/export", _ => null, HttpStatusCode.OK),
        Me("GET", "/api/v1/me/referral", _ => null, HttpStatusCode.OK),
        Me("GET", "/api/v1/me/stored-value", _ => null, HttpStatusCode.OK),
        Me("GET", "/api/v1/me/stored-value/ledger", _ => null, HttpStatusCode.OK),
        Me("GET", "/api/v1/me/stored-value/packages", _ => null, HttpStatusCode.OK),
        Me("POST", "/api/v1/me/stored-value/top-up-orders", _ => new { amount = 100m }, HttpStatusCode.Created),

        // Unconfirmed, an exit only warns what it would forfeit (409) and writes nothing, so later cases keep their member.
        Me("POST", "/api/v1/me/exit", _ => null, HttpStatusCode.Conflict),

        // The shopper has no points to spend: the call is well formed and reaches the points check.
        Me("POST", "/api/v1/me/redemptions", w => new { giftId = w.GiftId ?? Guid.Empty, quantity = 1, reference = "MATRIX-G1" }, HttpStatusCode.Conflict),
        Me("POST", "/api/v1/me/complaints", _ => new { category = "Service", content = "matrix: queue too long" }, HttpStatusCode.Created),
        Me("GET", "/api/v1/me/complaints", _ => null, HttpStatusCode.OK),
        new("POST", "/api/v1/me/complaints/{complaintId:guid}/satisfaction", RouteAudience.Shopper, CrossBranchRule.NotApplicable,
            w => $"/api/v1/me/complaints/{w.RatableComplaintOfX ?? Guid.Empty}/satisfaction", _ => new { score = 5 }, HttpStatusCode.OK),

        Branch("POST", "/api/v1/branch/card-applications", CrossBranchRule.HomesInCaller,
            _ => "/api/v1/branch/card-applications",
            w => new { name = "钱七", gender = "Female", birthDate = "1985-03-04", phone = "13700005555", branchCode = w.BranchB.Code },
            HttpStatusCode.Created),
        Branch("GET", "/api/v1/branch/members", CrossBranchRule.OwnMembersOnly,
            _ => "/api/v1/branch/members", _ => null, HttpStatusCode.OK),
        Branch("GET", "/api/v1/branch/members/{memberId:guid}", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/members/{w.IssuedCardOfB.MemberId}", _ => null, HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/members/{memberId:guid}/exit", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/members/{w.IssuedCardOfB.MemberId}/exit", _ => new { confirm = false }, HttpStatusCode.Conflict),
        Branch("POST", "/api/v1/branch/cards/{cardNumber}/activate", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/cards/{w.IssuedCardOfB.CardNumber}/activate", _ => null, HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/cards/{cardNumber}/loss-report", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/cards/{w.IssuedCardOfB.CardNumber}/loss-report", _ => null, HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/cards/{cardNumber}/reissue", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/cards/{w.FrozenCardOfB.CardNumber}/reissue", _ => null, HttpStatusCode.OK),
        Branch("GET", "/api/v1/branch/cards/lookup", CrossBranchRule.MinimalView,
            w => $"/api/v1/branch/cards/lookup?code={w.IssuedCardOfB.CardNumber}", _ => null, HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/checkout/quote", CrossBranchRule.AnyCardOfChain,
            _ => "/api/v1/branch/checkout/quote",
            w => new { code = w.ActiveCardOfB!.CardNumber, lines = TillLines },
            HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/purchases", CrossBranchRule.AnyCardOfChain,
            _ => "/api/v1/branch/purchases",
            w => new { receiptNo = "MATRIX-0002", code = w.ActiveCardOfB!.CardNumber, lines = TillLines },
            HttpStatusCode.Created),
        Branch("POST", "/api/v1/branch/purchases/{receiptNo}/returns", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/purchases/{w.ReceiptOfB}/returns",
            _ => new { lines = new[] { new { lineNo = 1, quantity = 1m } } },
            HttpStatusCode.OK),
        Branch("GET", "/api/v1/branch/milestone-claims", CrossBranchRule.OwnMembersRecords,
            _ => "/api/v1/branch/milestone-claims", _ => null, HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/milestone-claims/{claimId:guid}/collect", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/milestone-claims/{w.ClaimOfB}/collect", _ => null, HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/redemptions", CrossBranchRule.AnyCardOfChain,
            _ => "/api/v1/branch/redemptions",
            w => new { code = w.ActiveCardOfB!.CardNumber, points = 100L, reference = "MATRIX-P1" },
            HttpStatusCode.Created),
        Branch("GET", "/api/v1/branch/birthdays", CrossBranchRule.OwnBranchLists,
            _ => "/api/v1/branch/birthdays", _ => null, HttpStatusCode.OK),
        Branch("GET", "/api/v1/branch/birthday-gifts", CrossBranchRule.OwnBranchLists,
            _ => "/api/v1/branch/birthday-gifts", _ => null, HttpStatusCode.OK),
        Branch("GET", "/api/v1/branch/birthday-gifts/reconciliation", CrossBranchRule.OwnBranchLists,
            w => $"/api/v1/branch/birthday-gifts/reconciliation?period={w.GiftPeriod}", _ => null, HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/birthday-gifts", CrossBranchRule.NotFound,
            _ => "/api/v1/branch/birthday-gifts",
            w => new { memberId = w.BirthdayMemberOfB!.MemberId, giftName = "寿面礼盒" },
            HttpStatusCode.Created),
        Branch("POST", "/api/v1/branch/birthday-gifts/{giftId:guid}/sign", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/birthday-gifts/{w.GiftToSignOfB}/sign", _ => null, HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/birthday-gifts/{giftId:guid}/return", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/birthday-gifts/{w.GiftToReturnOfB}/return", _ => null, HttpStatusCode.OK),
        Branch("GET", "/api/v1/branch/follow-ups", CrossBranchRule.OwnBranchLists,
            _ => "/api/v1/branch/follow-ups", _ => null, HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/follow-ups/{taskId:guid}/complete", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/follow-ups/{w.FollowUpOfB}/complete", _ => new { outcome = "Reached", note = "matrix" }, HttpStatusCode.OK),

        // A member complains at whichever branch they shop: the complaint is the caller's branch's, and names only the card.
        Branch("POST", "/api/v1/branch/complaints", CrossBranchRule.AnyCardOfChain,
            _ => "/api/v1/branch/complaints",
            w => new { cardNumber = w.ActiveCardOfB!.CardNumber, channel = "Store", category = "Service", content = "matrix: rude staff" },
            HttpStatusCode.Created),
        Branch("GET", "/api/v1/branch/complaints", CrossBranchRule.OwnBranchRecords,
            _ => "/api/v1/branch/complaints", _ => null, HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/complaints/{complaintId:guid}/acknowledge", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/complaints/{w.ComplaintOfB ?? Guid.Empty}/acknowledge", _ => null, HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/complaints/{complaintId:guid}/resolve", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/complaints/{w.ComplaintOfB ?? Guid.Empty}/resolve", _ => new { resolution = "matrix: apologised" }, HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/campaign-plans", CrossBranchRule.OwnBranchRecords,
            _ => "/api/v1/branch/campaign-plans",
            _ => new { title = "Matrix tea month", goal = "More tea", channel = "WeChat", startsOn = "2030-04-01", endsOn = "2030-04-30", budget = 1000m, kind = "Monthly" },
            HttpStatusCode.Created),
        Branch("GET", "/api/v1/branch/campaign-plans", CrossBranchRule.OwnBranchRecords,
            _ => "/api/v1/branch/campaign-plans", _ => null, HttpStatusCode.OK),
        Branch("PUT", "/api/v1/branch/campaign-plans/{planId:guid}", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/campaign-plans/{w.DraftOfB ?? Guid.Empty}",
            _ => new { title = "Matrix draft, revised", goal = "More tea", channel = "WeChat", startsOn = "2030-06-01", endsOn = "2030-06-30", budget = 800m, kind = "Monthly" },
            HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/campaign-plans/{planId:guid}/submit", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/campaign-plans/{w.DraftOfB ?? Guid.Empty}/submit", _ => null, HttpStatusCode.OK),
        Branch("GET", "/api/v1/branch/campaign-plans/{planId:guid}/results", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/campaign-plans/{w.PlanOfB ?? Guid.Empty}/results", _ => null, HttpStatusCode.OK),
        Branch("GET", "/api/v1/branch/kpis", CrossBranchRule.OwnFiguresOnly,
            w => $"/api/v1/branch/kpis?month=2026-10&branch={w.BranchB.Code}", _ => null, HttpStatusCode.OK),
        Branch("GET", "/api/v1/branch/referrals/summary", CrossBranchRule.OwnSummaryOnly,
            _ => "/api/v1/branch/referrals/summary?month=2026-10", _ => null, HttpStatusCode.OK),

        // Stored value: any till tops up any card of the chain (as it sells to it); the receipt, the refund and the
        // figures are the branch's own.
        Branch("POST", "/api/v1/branch/top-ups", CrossBranchRule.AnyCardOfChain,
            _ => "/api/v1/branch/top-ups",
            w => new { receiptNo = "MATRIX-TU-0001", code = w.ActiveCardOfB!.CardNumber, amount = 200m },
            HttpStatusCode.Created),
        Branch("GET", "/api/v1/branch/top-ups/{receiptNo}", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/top-ups/{w.TopUpReceiptOfB}", _ => null, HttpStatusCode.OK),
        Branch("GET", "/api/v1/branch/top-up-packages", CrossBranchRule.ChainWideCatalogue,
            _ => "/api/v1/branch/top-up-packages", _ => null, HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/stored-value/refunds", CrossBranchRule.NotFound,
            _ => "/api/v1/branch/stored-value/refunds",
            w => new { cardNumber = w.ActiveCardOfB!.CardNumber, approvedBy = "matrix manager" },
            HttpStatusCode.OK),
        Branch("GET", "/api/v1/branch/stored-value/summary", CrossBranchRule.OwnStoredValueFigures,
            w => $"/api/v1/branch/stored-value/summary?month=2026-10&branch={w.BranchB.Code}", _ => null, HttpStatusCode.OK),

        HeadOffice("GET", "/api/v1/hq/branches", _ => "/api/v1/hq/branches", _ => null, HttpStatusCode.OK),
        HeadOffice("POST", "/api/v1/hq/branches", _ => "/api/v1/hq/branches",
            _ => new { code = "GZC01", name = "GZC01 store", regionCode = "020", kind = "Franchise" }, HttpStatusCode.Created),
        HeadOffice("PATCH", "/api/v1/hq/branches/{branchId:guid}", w => $"/api/v1/hq/branches/{w.BranchB.Id}",
            _ => new { name = "Shenzhen flagship" }, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/programme", _ => "/api/v1/hq/programme", _ => null, HttpStatusCode.OK),
        HeadOffice("PUT", "/api/v1/hq/programme", _ => "/api/v1/hq/programme", w => w.Programme, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/api-keys", _ => "/api/v1/hq/api-keys", _ => null, HttpStatusCode.OK),
        HeadOffice("POST", "/api/v1/hq/api-keys", _ => "/api/v1/hq/api-keys",
            _ => new { name = "matrix HQ key", role = "HeadOffice" }, HttpStatusCode.Created),
        HeadOffice("DELETE", "/api/v1/hq/api-keys/{keyId:guid}", w => $"/api/v1/hq/api-keys/{w.SpareKeyIdOfA}", _ => null, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/audit", _ => "/api/v1/hq/audit", _ => null, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/milestone-claims", _ => "/api/v1/hq/milestone-claims", _ => null, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/complaints", _ => "/api/v1/hq/complaints?overdue=false", _ => null, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/campaign-plans", _ => "/api/v1/hq/campaign-plans?status=Submitted", _ => null, HttpStatusCode.OK),
        HeadOffice("POST", "/api/v1/hq/campaign-plans/{planId:guid}/approve", w => $"/api/v1/hq/campaign-plans/{w.PlanOfB ?? Guid.Empty}/approve",
            _ => new { multiplier = 2m }, HttpStatusCode.OK),
        HeadOffice("POST", "/api/v1/hq/campaign-plans/{planId:guid}/reject", w => $"/api/v1/hq/campaign-plans/{w.PlanOfA ?? Guid.Empty}/reject",
            _ => new { reason = "matrix: budget too high" }, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/campaign-plans/{planId:guid}/results", w => $"/api/v1/hq/campaign-plans/{w.PlanOfB ?? Guid.Empty}/results",
            _ => null, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/gifts", _ => "/api/v1/hq/gifts", _ => null, HttpStatusCode.OK),
        HeadOffice("POST", "/api/v1/hq/gifts", _ => "/api/v1/hq/gifts",
            _ => new { name = "保温杯", pointsPrice = 800L, stock = 20 }, HttpStatusCode.Created),
        HeadOffice("PUT", "/api/v1/hq/gifts/{giftId:guid}", w => $"/api/v1/hq/gifts/{w.GiftId}",
            _ => new { name = "帆布袋", pointsPrice = 300L, stock = 5 }, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/campaigns", _ => "/api/v1/hq/campaigns", _ => null, HttpStatusCode.OK),
        HeadOffice("POST", "/api/v1/hq/campaigns", _ => "/api/v1/hq/campaigns",
            w => new { name = "Tea week", multiplier = 2m, startsOn = "2030-03-01", endsOn = "2030-03-07", branchIds = new[] { w.BranchB.Id }, categories = new[] { "TEA" } },
            HttpStatusCode.Created),
        HeadOffice("POST", "/api/v1/hq/members/{memberId:guid}/points/adjustments",
            w => $"/api/v1/hq/members/{w.IssuedCardOfB.MemberId}/points/adjustments",
            _ => new { points = 50L, reason = "matrix goodwill" }, HttpStatusCode.Created),
        HeadOffice("POST", "/api/v1/hq/jobs/{name}/run", _ => "/api/v1/hq/jobs/points-expiry/run", _ => null, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/jobs/runs", _ => "/api/v1/hq/jobs/runs", _ => null, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/kpis", w => $"/api/v1/hq/kpis?month=2026-10&branch={w.BranchB.Code}", _ => null, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/kpis.csv", _ => "/api/v1/hq/kpis.csv?month=2026-10", _ => null, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/kpis/trend", _ => "/api/v1/hq/kpis/trend?months=3&to=2026-10", _ => null, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/kpi-weights", _ => "/api/v1/hq/kpi-weights", _ => null, HttpStatusCode.OK),
        HeadOffice("PUT", "/api/v1/hq/kpi-weights", _ => "/api/v1/hq/kpi-weights",
            _ => new { newCards = 20m, activationRate = 10m, activeMembers = 30m, purchaseFrequency = 15m, averageSpend = 15m, redemptions = 5m, satisfaction = 5m },
            HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/outbox", _ => "/api/v1/hq/outbox?status=Pending", _ => null, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/referrals", _ => "/api/v1/hq/referrals?status=Refused", _ => null, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/referrals/summary", _ => "/api/v1/hq/referrals/summary?month=2026-10", _ => null, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/referral-settings", _ => "/api/v1/hq/referral-settings", _ => null, HttpStatusCode.OK),
        HeadOffice("PUT", "/api/v1/hq/referral-settings", _ => "/api/v1/hq/referral-settings",
            _ => new { referrerPoints = 200L, refereePoints = 100L, monthlyCap = 20, returnWindowDays = 30 }, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/stored-value/settings", _ => "/api/v1/hq/stored-value/settings", _ => null, HttpStatusCode.OK),
        HeadOffice("PUT", "/api/v1/hq/stored-value/settings", _ => "/api/v1/hq/stored-value/settings",
            _ => new { maxBalance = 5000m, spendOrder = "BonusFirst", depositsCountForTier = true }, HttpStatusCode.OK),
        HeadOffice("GET", "/api/v1/hq/stored-value/packages", _ => "/api/v1/hq/stored-value/packages", _ => null, HttpStatusCode.OK),
        HeadOffice("POST", "/api/v1/hq/stored-value/packages", _ => "/api/v1/hq/stored-value/packages",
            _ => new { name = "充1000送100", pay = 1000m, bonus = 100m }, HttpStatusCode.Created),
        HeadOffice("PUT", "/api/v1/hq/stored-value/packages/{packageId:guid}", w => $"/api/v1/hq/stored-value/packages/{w.TopUpPackageId ?? Guid.Empty}",
            _ => new { name = "充500送30", pay = 500m, bonus = 30m, active = true }, HttpStatusCode.OK),

        // Branch B's refund case has paid the principal back by now: nothing is left to refund.
        HeadOffice("POST", "/api/v1/hq/stored-value/refunds", _ => "/api/v1/hq/stored-value/refunds",
            w => new { cardNumber = w.ActiveCardOfB!.CardNumber, approvedBy = "matrix HQ finance" }, HttpStatusCode.Conflict),
        HeadOffice("GET", "/api/v1/hq/stored-value/summary", _ => "/api/v1/hq/stored-value/summary?month=2026-10", _ => null, HttpStatusCode.OK),
        HeadOffice("POST", "/api/v1/hq/members/{memberId:guid}/stored-value/adjustments",
            w => $"/api/v1/hq/members/{w.IssuedCardOfB.MemberId}/stored-value/adjustments",
            _ => new { principal = 10m, reason = "matrix correction" }, HttpStatusCode.Created),

        // No parked message exists in the matrix world: the route is reached and answers for the unknown id.
        HeadOffice("POST", "/api/v1/hq/outbox/{id:long}/retry", _ => "/api/v1/hq/outbox/999999/retry", _ => null, HttpStatusCode.NotFound),
    ];

    /// <summary>What the till scans in the matrix: one regular-price line of ¥251, so a sale earns 251 points.</summary>
    public static object[] TillLines { get; } = [new { sku = "TEA-500G", category = "TEA", quantity = 2m, unitPrice = 125.50m }];

    public static string PrefixOf(RouteAudience audience) => audience switch
    {
        RouteAudience.Shopper => "/api/v1/me",
        RouteAudience.Branch => "/api/v1/branch",
        RouteAudience.HeadOffice => "/api/v1/hq",
        _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, null),
    };

    private static RouteCase Me(string method, string path, Func<IsolationWorld, object?> body, HttpStatusCode ownerStatus) =>
        new(method, path, RouteAudience.Shopper, CrossBranchRule.NotApplicable, _ => path, body, ownerStatus);

    private static RouteCase Branch(
        string method, string pattern, CrossBranchRule rule, Func<IsolationWorld, string> path, Func<IsolationWorld, object?> body, HttpStatusCode ownerStatus) =>
        new(method, pattern, RouteAudience.Branch, rule, path, body, ownerStatus);

    private static RouteCase HeadOffice(
        string method, string pattern, Func<IsolationWorld, string> path, Func<IsolationWorld, object?> body, HttpStatusCode ownerStatus) =>
        new(method, pattern, RouteAudience.HeadOffice, CrossBranchRule.NotApplicable, path, body, ownerStatus);
}
