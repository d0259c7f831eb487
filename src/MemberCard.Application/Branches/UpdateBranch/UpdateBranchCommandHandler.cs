namespace MemberCard.Application.Branches.UpdateBranch;

using Mediator;
using MemberCard.Application.Branches.Common;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Branches;
using Microsoft.EntityFrameworkCore;

public sealed class UpdateBranchCommandHandler(IMemberCardDbContext db) : ICommandHandler<UpdateBranchCommand, BranchDto>
{
    public async ValueTask<BranchDto> Handle(UpdateBranchCommand command, CancellationToken cancellationToken)
    {
        var id = new BranchId(command.BranchId);
        var branch = await db.Branches.SingleOrDefaultAsync(b => b.Id == id, cancellationToken)
            ?? throw new NotFoundException("branch.not_found", "No such branch.");
        if (command.Name is not null)
        {
            branch.Rename(command.Name);
        }

        if (command.Kind is { } kind)
        {
            branch.ChangeKind(kind);
        }

        if (command.Status == BranchStatus.Closed)
        {
            branch.Close();
        }
        else if (command.Status == BranchStatus.Active)
        {
            branch.Reopen();
        }

        await db.SaveChangesAsync(cancellationToken);
        return BranchDto.From(branch);
    }
}
