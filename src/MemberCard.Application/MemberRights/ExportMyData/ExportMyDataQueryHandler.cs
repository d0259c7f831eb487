namespace MemberCard.Application.MemberRights.ExportMyData;

using System.Text.Json;
using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Notifications;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Reads every table that holds something about the member, each through the shopper's own scope (the query
/// filters let a shopper see only themself), and puts it in one document. A new member-keyed table joins here.
/// </summary>
public sealed class ExportMyDataQueryHandler(IMemberCardDbContext db, ICurrentPrincipal principal, TimeProvider clock)
    : IQueryHandler<ExportMyDataQuery, MemberDataExport>
{
    public async ValueTask<MemberDataExport> Handle(ExportMyDataQuery query, CancellationToken cancellationToken)
    {
        var member = await CardTarget.LoadShopperAsync(db, principal, cancellationToken);
        var id = member.Id;
        var subjectId = id.ToString();

        var lots = await db.PointsLots.AsNoTracking().Where(l => l.MemberId == id)
            .OrderBy(l => l.CreditedOn).ThenBy(l => l.ExpiresOn).ToListAsync(cancellationToken);
        var ledger = await db.PointsLedger.AsNoTracking().Where(e => e.MemberId == id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var purchases = await db.Purchases.AsNoTracking().Where(p => p.MemberId == id)
            .Include(p => p.Lines).Include(p => p.Returns)
            .OrderBy(p => p.OccurredAt).ToListAsync(cancellationToken);
        var redemptions = await db.Redemptions.AsNoTracking().Where(r => r.MemberId == id).OrderBy(r => r.OccurredAt).ToListAsync(cancellationToken);
        var tierChanges = await db.TierChanges.AsNoTracking().Where(t => t.MemberId == id).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var claims = await db.MilestoneClaims.AsNoTracking().Where(c => c.MemberId == id).OrderBy(c => c.EligibleOn).ToListAsync(cancellationToken);
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.SubjectType == "member" && e.SubjectId == subjectId)
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var complaints = await db.Complaints.AsNoTracking().Where(c => c.MemberId == id).OrderBy(c => c.SubmittedAt).ToListAsync(cancellationToken);
        var birthdayGifts = await db.BirthdayGifts.AsNoTracking().Where(g => g.MemberId == id).OrderBy(g => g.IssuedAt).ToListAsync(cancellationToken);
        var followUps = await db.FollowUpTasks.AsNoTracking().Where(t => t.MemberId == id).OrderBy(t => t.DueAt).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);

        // Neither table is scoped (no shopper route reads them): the member's own rows are picked by id. Only
        // notices are exported from the outbox; its other rows are WeChat card operations that carry card codes.
        var notices = await db.OutboxMessages.AsNoTracking().Where(m => m.MemberId == id && m.Kind == MemberNotices.OutboxKind)
            .OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var weChatEvents = await db.WeChatEvents.AsNoTracking().Where(e => e.MemberId == id)
            .OrderBy(e => e.Id).Select(e => new ExportedWeChatEvent(e.Event, e.ReceivedAt, e.Outcome)).ToListAsync(cancellationToken);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.ReferrerId == id || r.RefereeId == id)
            .OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        var storedValueAccount = await db.StoredValueAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.MemberId == id, cancellationToken);
        var storedValueLedger = await db.StoredValueLedger.AsNoTracking().Where(e => e.MemberId == id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var topUps = await db.StoredValueTopUps.AsNoTracking().Where(t => t.MemberId == id).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        var branchNames = await db.Branches.AsNoTracking().ToDictionaryAsync(b => b.Id.Value, b => b.Name, cancellationToken);
        var giftIds = redemptions.Where(r => r.GiftId is not null).Select(r => r.GiftId!.Value).Distinct().ToList();
        var giftNames = await db.Gifts.AsNoTracking().Where(g => giftIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);

        return new MemberDataExport(
            clock.GetUtcNow(),
            id.Value,
            new ExportedProfile(
                member.Name,
                member.Gender.ToString(),
                member.BirthDate,
                member.Phone.Value,
                member.PhoneVerified,
                member.PendingPhone?.Value,
                member.Address,
                member.Email,
                member.Status.ToString(),
                member.Tier.ToString(),
                member.HomeBranchId.Value,
                branchNames.GetValueOrDefault(member.HomeBranchId.Value),
                member.Channel.ToString(),
                member.JoinedAt,
                member.UpdatedAt),
            new ExportedWeChatLink(
                member.MiniProgramOpenId is not null,
                member.OfficialAccountOpenId is not null,
                member.UnionId is not null,
                member.Cards.Count(c => c.WeChatCode is not null)),
            member.Cards.OrderBy(c => c.IssuedAt).Select(c => new ExportedCard(
                c.Number.Value,
                c.Status.ToString(),
                c.Channel.ToString(),
                c.IssuingBranchId.Value,
                branchNames.GetValueOrDefault(c.IssuingBranchId.Value),
                c.IssuedAt,
                c.ActivatedAt,
                c.FrozenAt,
                c.ClosedAt,
                c.WeChatCode is not null)).ToList(),
            member.PointsBalance,
            lots.Select(l => new ExportedLot(l.Source.ToString(), l.CreditedOn, l.ExpiresOn, l.Original, l.Remaining, l.PurchaseId)).ToList(),
            ledger.Select(e => new ExportedLedgerEntry(
                e.Id, e.Kind.ToString(), e.Points, e.BalanceAfter, e.OccurredAt, e.BusinessDate, e.BranchId, e.CardNumber, e.PurchaseId, e.ReferenceId, e.Reason)).ToList(),
            purchases.Select(p => new ExportedPurchase(
                p.Id.Value,
                p.ReceiptNo,
                p.BranchId.Value,
                branchNames.GetValueOrDefault(p.BranchId.Value),
                p.CardNumber,
                p.OccurredAt,
                p.BusinessDate,
                p.ListAmount,
                p.DiscountAmount,
                p.NetAmount,
                p.PointsUsed,
                p.PointsValue,
                p.AmountDue,
                p.PointsEarned,
                p.ReturnedAmount,
                p.IsBirthday,
                p.TierBefore.ToString(),
                p.TierAfter.ToString(),
                p.Lines.OrderBy(l => l.LineNo).Select(l => new ExportedPurchaseLine(
                    l.LineNo, l.Sku, l.Category, l.Quantity, l.UnitPrice, l.SpecialPrice, l.Promotion, l.ListAmount,
                    l.DiscountKind.ToString(), l.DiscountAmount, l.NetAmount, l.PointsUsed, l.PaidAmount, l.ReturnedQuantity)).ToList(),
                p.Returns.OrderBy(r => r.Sequence).Select(r => new ExportedPurchaseReturn(
                    r.Sequence, r.BranchId.Value, r.OccurredAt, r.BusinessDate, Parse(r.LinesJson), r.ReturnedAmount, r.MoneyRefund,
                    r.PointsRefunded, r.PointsReversed, r.PointsShortfall, r.CashToCollect)).ToList())).ToList(),
            redemptions.Select(r => new ExportedRedemption(
                r.Id,
                r.Kind.ToString(),
                r.GiftId?.Value,
                r.GiftId is { } gift ? giftNames.GetValueOrDefault(gift) : null,
                r.Quantity,
                r.Points,
                r.Value,
                r.BranchId?.Value,
                r.CardNumber,
                r.Reference,
                r.OccurredAt,
                r.BusinessDate)).ToList(),
            tierChanges.Select(t => new ExportedTierChange(t.From.ToString(), t.To.ToString(), t.Reason, t.Basis, t.OccurredAt, t.PurchaseId)).ToList(),
            claims.Select(c => new ExportedMilestoneClaim(
                c.Id, c.CardYearStart, c.MilestonePoints, c.PointsEarned, c.GiftValue, c.EligibleOn, c.LapsesOn, c.Status.ToString(), c.ClaimedAt, c.ClaimedAtBranchId)).ToList(),
            audit.Select(e => new ExportedAuditEntry(e.OccurredAt, e.Action, e.ActorKind, e.BranchId, Parse(e.Details))).ToList(),
            complaints.Select(c => new ExportedComplaint(
                c.Id, c.BranchId.Value, branchNames.GetValueOrDefault(c.BranchId.Value), c.CardNumber, c.Source.ToString(), c.Channel.ToString(),
                c.Category.ToString(), c.Content, c.Status.ToString(), c.SubmittedAt, c.DueAt, c.AcknowledgedAt, c.ResolvedAt, c.Resolution,
                c.SatisfactionScore, c.RatedAt)).ToList(),
            birthdayGifts.Select(g => new ExportedBirthdayGift(
                g.Id, g.BranchId.Value, branchNames.GetValueOrDefault(g.BranchId.Value), g.Year, g.GiftName, g.Description, g.Status.ToString(),
                g.IssuedAt, g.CollectedAt, g.ReturnedAt)).ToList(),
            followUps.Select(t => new ExportedFollowUpTask(
                t.Id, t.BranchId.Value, branchNames.GetValueOrDefault(t.BranchId.Value), t.PurchaseId, t.Step.ToString(), t.Kind.ToString(), t.DueAt,
                t.Status.ToString(), t.Outcome?.ToString(), t.Note, t.ClosedAt)).ToList(),
            notices.Select(m => new ExportedNotification(Parse(m.Payload), m.CreatedAt, m.Status.ToString(), m.ProcessedAt)).ToList(),
            weChatEvents,
            member.ReferralCode,
            referrals.Select(r => new ExportedReferral(
                r.Id,
                r.ReferrerId == id ? "Referrer" : "Referee",
                r.Code,
                r.Status.ToString(),
                r.RefusalReason,
                r.CreatedAt,
                r.RewardedAt,
                r.ReversedAt,
                r.RewardedAt is null ? 0 : r.ReferrerId == id ? r.ReferrerPoints : r.RefereePoints)).ToList(),
            new ExportedStoredValue(
                storedValueAccount?.Principal ?? 0m,
                storedValueAccount?.Bonus ?? 0m,
                storedValueLedger.Select(e => new ExportedStoredValueEntry(
                    e.Id, e.Kind.ToString(), e.Principal, e.Bonus, e.PrincipalAfter, e.BonusAfter, e.OccurredAt, e.BranchId, e.CardNumber, e.PurchaseId,
                    e.ApprovedBy, e.Reason)).ToList(),
                topUps.Select(t => new ExportedTopUp(
                    t.Id, t.Channel.ToString(), t.Status.ToString(), t.BranchId.Value, t.ReceiptNo, t.Principal, t.Bonus, t.PaymentMethod, t.CreatedAt, t.SettledAt))
                    .ToList()));
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
