namespace MemberCard.Application.CampaignPlans;

using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

internal static class CampaignPlanViews
{
    /// <summary>Loads a plan; another branch's plan is simply not found.</summary>
    public static async Task<CampaignPlan> LoadAsync(IMemberCardDbContext db, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var plans = tracked ? db.CampaignPlans : db.CampaignPlans.AsNoTracking();
        return await plans.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("campaign_plan.not_found", "No such campaign plan.");
    }

    public static async Task<string> BranchCodeAsync(IMemberCardDbContext db, BranchId branchId, CancellationToken cancellationToken) =>
        await db.Branches.AsNoTracking().Where(b => b.Id == branchId).Select(b => b.Code).SingleAsync(cancellationToken);

    public static async Task<CampaignPlanDto> ToDtoAsync(IMemberCardDbContext db, CampaignPlan plan, CancellationToken cancellationToken) =>
        CampaignPlanDto.From(plan, await BranchCodeAsync(db, plan.BranchId, cancellationToken));
}
