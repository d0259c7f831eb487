namespace MemberCard.Application.Referrals.ListReferrals;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

public sealed class ListReferralsQueryHandler(IMemberCardDbContext db) : IQueryHandler<ListReferralsQuery, PagedResult<ReferralDto>>
{
    public async ValueTask<PagedResult<ReferralDto>> Handle(ListReferralsQuery query, CancellationToken cancellationToken)
    {
        var referrals = db.Referrals.AsNoTracking();
        if (query.Status is { } status)
        {
            referrals = referrals.Where(r => r.Status == status);
        }

        var total = await referrals.CountAsync(cancellationToken);

        // Both members are named (masked) whatever their branch: the referral filter decided what is visible.
        var rows = await referrals.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(r => new
            {
                Referral = r,
                BranchCode = db.Branches.Where(b => b.Id == r.BranchId).Select(b => b.Code).First(),
                Referrer = db.Members.IgnoreQueryFilters().Where(m => m.Id == r.ReferrerId).Select(m => m.Name).First(),
                Referee = db.Members.IgnoreQueryFilters().Where(m => m.Id == r.RefereeId).Select(m => m.Name).First(),
            })
            .ToListAsync(cancellationToken);

        var items = rows.Select(x => new ReferralDto(
            x.Referral.Id, x.Referral.Status.ToString(), x.Referral.RefusalReason, x.Referral.Code, x.Referral.Channel.ToString(),
            x.Referral.BranchId.Value, x.BranchCode, x.Referral.ReferrerId.Value, Pii.MaskName(x.Referrer), x.Referral.RefereeId.Value,
            Pii.MaskName(x.Referee), x.Referral.CreatedAt, x.Referral.PurchaseId, x.Referral.RewardedAt, x.Referral.ReferrerPoints,
            x.Referral.RefereePoints, x.Referral.ReversedAt, x.Referral.ReferrerShortfall, x.Referral.RefereeShortfall)).ToList();
        return new PagedResult<ReferralDto>(items, query.Page, query.PageSize, total);
    }
}
