namespace MemberCard.Application.ApiKeys.IssueApiKey;

using Mediator;
using MemberCard.Application.ApiKeys.Common;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.ApiKeys;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;
using Microsoft.EntityFrameworkCore;

public sealed class IssueApiKeyCommandHandler(IMemberCardDbContext db, TimeProvider clock) : ICommandHandler<IssueApiKeyCommand, IssuedApiKey>
{
    public async ValueTask<IssuedApiKey> Handle(IssueApiKeyCommand command, CancellationToken cancellationToken)
    {
        BranchId? branchId = null;
        if (command.Role == ApiKeyRole.Branch)
        {
            var code = command.BranchCode?.Trim().ToUpperInvariant();
            var id = command.BranchId is { } raw ? new BranchId(raw) : (BranchId?)null;
            var branch = await db.Branches.SingleOrDefaultAsync(b => (id != null && b.Id == id) || (id == null && b.Code == code), cancellationToken)
                ?? throw new InvalidInputException(command.BranchId is null ? "branchCode" : "branchId", "branch.not_found", "No such branch.");
            if (branch.Status == BranchStatus.Closed)
            {
                throw new DomainException("branch.closed", "The branch is closed; reopen it before issuing till keys.");
            }

            branchId = branch.Id;
        }

        var (secret, prefix, hash) = ApiKeySecret.Generate(command.Role!.Value);
        var key = ApiKey.Issue(command.Name!, command.Role.Value, branchId, prefix, hash, clock.GetUtcNow());
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiKey(secret, ApiKeyDto.From(key));
    }
}
