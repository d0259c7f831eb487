namespace MemberCard.Application.Branches.ListBranches;

using Mediator;
using MemberCard.Application.Branches.Common;
using MemberCard.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

public sealed class ListBranchesQueryHandler(IMemberCardDbContext db) : IQueryHandler<ListBranchesQuery, IReadOnlyList<BranchDto>>
{
    public async ValueTask<IReadOnlyList<BranchDto>> Handle(ListBranchesQuery query, CancellationToken cancellationToken)
    {
        var branches = await db.Branches.AsNoTracking().OrderBy(b => b.Code).ToListAsync(cancellationToken);
        return branches.Select(BranchDto.From).ToList();
    }
}
