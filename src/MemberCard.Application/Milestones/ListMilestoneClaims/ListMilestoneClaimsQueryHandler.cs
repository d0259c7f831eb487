namespace MemberCard.Application.Milestones.ListMilestoneClaims;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using Microsoft.EntityFrameworkCore;

public sealed class ListMilestoneClaimsQueryHandler(IMemberCardDbContext db, ICurrentPrincipal principal)
    : IQueryHandler<ListMilestoneClaimsQuery, PagedResult<MilestoneClaimDto>>
{
    public async ValueTask<PagedResult<MilestoneClaimDto>> Handle(ListMilestoneClaimsQuery query, CancellationToken cancellationToken)
    {
        if (principal.Kind == PrincipalKind.Shopper && principal.MemberId == Domain.Members.MemberId.None)
        {
            throw new NotFoundException("member.not_found", "You do not have a member card yet.");
        }

        var claims = db.MilestoneClaims.AsNoTracking();
        if (query.Status is { } status)
        {
            claims = claims.Where(c => c.Status == status);
        }

        var total = await claims.CountAsync(cancellationToken);
        var page = await claims.OrderBy(c => c.LapsesOn).ThenBy(c => c.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedResult<MilestoneClaimDto>(page.Select(MilestoneClaimDto.From).ToList(), query.Page, query.PageSize, total);
    }
}
