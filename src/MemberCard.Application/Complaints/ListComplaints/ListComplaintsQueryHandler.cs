namespace MemberCard.Application.Complaints.ListComplaints;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Complaints;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

public sealed class ListComplaintsQueryHandler(IMemberCardDbContext db, ICurrentPrincipal principal, TimeProvider clock)
    : IQueryHandler<ListComplaintsQuery, PagedResult<ComplaintDto>>
{
    public async ValueTask<PagedResult<ComplaintDto>> Handle(ListComplaintsQuery query, CancellationToken cancellationToken)
    {
        if (principal.Kind == PrincipalKind.Shopper && principal.MemberId == MemberId.None)
        {
            throw new NotFoundException("member.not_found", "You do not have a member card yet.");
        }

        var now = clock.GetUtcNow();
        var complaints = db.Complaints.AsNoTracking();
        if (query.Status is { } status)
        {
            complaints = complaints.Where(c => c.Status == status);
        }

        if (query.Overdue is { } overdue)
        {
            complaints = overdue
                ? complaints.Where(c => (c.Status == ComplaintStatus.Open || c.Status == ComplaintStatus.Acknowledged) && c.DueAt < now)
                : complaints.Where(c => !((c.Status == ComplaintStatus.Open || c.Status == ComplaintStatus.Acknowledged) && c.DueAt < now));
        }

        // A filter the caller asks for, not scoping: a branch naming another branch simply sees nothing.
        if (query.BranchCode is { Length: > 0 } code)
        {
            var branchId = await db.Branches.AsNoTracking().Where(b => b.Code == code).Select(b => b.Id).SingleOrDefaultAsync(cancellationToken);
            if (branchId == default)
            {
                throw new InvalidInputException("branch", "branch.not_found", "No branch has this code.");
            }

            complaints = complaints.Where(c => c.BranchId == branchId);
        }

        var total = await complaints.CountAsync(cancellationToken);
        var page = await complaints.OrderBy(c => c.DueAt).ThenBy(c => c.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedResult<ComplaintDto>(await ComplaintViews.ToDtosAsync(db, page, now, cancellationToken), query.Page, query.PageSize, total);
    }
}
