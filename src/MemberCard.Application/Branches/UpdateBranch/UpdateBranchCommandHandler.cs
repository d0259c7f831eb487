namespace MemberCard.Application.Branches.UpdateBranch;

using Mediator;
using MemberCard.Application.Branches.Common;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.ApiKeys;
using MemberCard.Domain.Branches;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Renames, re-kinds, closes or reopens a branch. Closing retires the branch's till keys for good: a key copied
/// from a closed store must not keep working, and a reopened store is issued new ones.
/// </summary>
public sealed class UpdateBranchCommandHandler(IMemberCardDbContext db, ICredentialCache credentials, TimeProvider clock)
    : ICommandHandler<UpdateBranchCommand, BranchDto>
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

        var retiredKeys = new List<ApiKey>();
        if (command.Status == BranchStatus.Closed)
        {
            branch.Close();
            retiredKeys = await db.ApiKeys.Where(k => k.BranchId == id && k.RevokedAt == null).ToListAsync(cancellationToken);
            retiredKeys.ForEach(k => k.Revoke(clock.GetUtcNow()));
        }
        else if (command.Status == BranchStatus.Active)
        {
            branch.Reopen();
        }

        await db.SaveChangesAsync(cancellationToken);
        retiredKeys.ForEach(k => credentials.Forget(k.Hash));
        return BranchDto.From(branch);
    }
}
