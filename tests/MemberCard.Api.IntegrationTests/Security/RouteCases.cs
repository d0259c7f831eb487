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
    };

    // Listed in the order the owner pass runs them: each lifecycle step leaves the card ready for the next.
    public static IReadOnlyList<RouteCase> All { get; } =
    [
        Me("POST", "/api/v1/me/card-applications",
            w => new { name = "王五", gender = "Male", birthDate = "1991-01-01", phone = "13600009999", branchCode = w.BranchB.Code },
            HttpStatusCode.UnprocessableEntity),
        Me("GET", "/api/v1/me/card", _ => null, HttpStatusCode.OK),
        Me("POST", "/api/v1/me/card/activate", _ => null, HttpStatusCode.OK),
        Me("POST", "/api/v1/me/card/loss-report", _ => null, HttpStatusCode.OK),
        Me("POST", "/api/v1/me/card/reissue", _ => null, HttpStatusCode.OK),
        Me("POST", "/api/v1/me/phone", w => new { phoneCode = "dev:" + w.MemberX.Phone }, HttpStatusCode.OK),
        Me("PATCH", "/api/v1/me/profile", _ => new { address = "深圳市南山区科技园" }, HttpStatusCode.OK),

        Branch("POST", "/api/v1/branch/card-applications", CrossBranchRule.HomesInCaller,
            _ => "/api/v1/branch/card-applications",
            w => new { name = "钱七", gender = "Female", birthDate = "1985-03-04", phone = "13700005555", branchCode = w.BranchB.Code },
            HttpStatusCode.Created),
        Branch("GET", "/api/v1/branch/members", CrossBranchRule.OwnMembersOnly,
            _ => "/api/v1/branch/members", _ => null, HttpStatusCode.OK),
        Branch("GET", "/api/v1/branch/members/{memberId:guid}", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/members/{w.IssuedCardOfB.MemberId}", _ => null, HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/cards/{cardNumber}/activate", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/cards/{w.IssuedCardOfB.CardNumber}/activate", _ => null, HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/cards/{cardNumber}/loss-report", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/cards/{w.IssuedCardOfB.CardNumber}/loss-report", _ => null, HttpStatusCode.OK),
        Branch("POST", "/api/v1/branch/cards/{cardNumber}/reissue", CrossBranchRule.NotFound,
            w => $"/api/v1/branch/cards/{w.FrozenCardOfB.CardNumber}/reissue", _ => null, HttpStatusCode.OK),
        Branch("GET", "/api/v1/branch/cards/lookup", CrossBranchRule.MinimalView,
            w => $"/api/v1/branch/cards/lookup?code={w.IssuedCardOfB.CardNumber}", _ => null, HttpStatusCode.OK),

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
    ];

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
