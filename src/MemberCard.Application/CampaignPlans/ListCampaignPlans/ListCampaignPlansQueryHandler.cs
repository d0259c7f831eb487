namespace MemberCard.Application.CampaignPlans.ListCampaignPlans;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

public sealed class ListCampaignPlansQueryHandler(IMemberCardDbContext db) : IQueryHandler<ListCampaignPlansQuery, PagedResult<CampaignPlanDto>>
{
    public async ValueTask<PagedResult<CampaignPlanDto>> Handle(ListCampaignPlansQuery query, CancellationToken cancellationToken)
    {
        var plans = db.CampaignPlans.AsNoTracking();
        if (!query.IncludeDrafts)
        {
            plans = plans.Where(p => p.Status != CampaignPlanStatus.Draft);
        }

        if (query.Status is { } status)
        {
            plans = plans.Where(p => p.Status == status);
        }

        // A filter the caller asks for, not scoping: a branch naming another branch simply sees nothing.
        if (query.BranchCode is { Length: > 0 } code)
        {
            var branchId = await db.Branches.AsNoTracking().Where(b => b.Code == code).Select(b => b.Id).SingleOrDefaultAsync(cancellationToken);
            if (branchId == default)
            {
                throw new InvalidInputException("branch", "branch.not_found", "No branch has this code.");
            }

            plans = plans.Where(p => p.BranchId == branchId);
        }

        var total = await plans.CountAsync(cancellationToken);
        var page = await plans.OrderByDescending(p => p.StartsOn).ThenBy(p => p.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        var ids = page.Select(p => p.BranchId).Distinct().ToList();
        var codes = await db.Branches.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Code, cancellationToken);
        return new PagedResult<CampaignPlanDto>(page.Select(p => CampaignPlanDto.From(p, codes[p.BranchId])).ToList(), query.Page, query.PageSize, total);
    }
}
