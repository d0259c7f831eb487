namespace MemberCard.Application.Branches.OpenBranch;

using Mediator;
using MemberCard.Application.Branches.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;
using Microsoft.EntityFrameworkCore;

public sealed class OpenBranchCommandHandler(IMemberCardDbContext db, TimeProvider clock) : ICommandHandler<OpenBranchCommand, BranchDto>
{
    public async ValueTask<BranchDto> Handle(OpenBranchCommand command, CancellationToken cancellationToken)
    {
        var branch = Branch.Open(command.Code!, command.Name!, RegionCode.Create(command.RegionCode), command.Kind!.Value, clock.GetUtcNow());
        if (await db.Branches.AnyAsync(b => b.Code == branch.Code, cancellationToken))
        {
            throw new DomainException("branch.code_taken", "A branch with this code already exists.");
        }

        db.Branches.Add(branch);
        await db.SaveChangesAsync(cancellationToken);
        return BranchDto.From(branch);
    }
}
