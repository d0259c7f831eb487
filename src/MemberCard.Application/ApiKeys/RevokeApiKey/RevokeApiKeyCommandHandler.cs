namespace MemberCard.Application.ApiKeys.RevokeApiKey;

using Mediator;
using MemberCard.Application.ApiKeys.Common;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.ApiKeys;
using Microsoft.EntityFrameworkCore;

public sealed class RevokeApiKeyCommandHandler(IMemberCardDbContext db, ICredentialCache credentials, TimeProvider clock) : ICommandHandler<RevokeApiKeyCommand, ApiKeyDto>
{
    public async ValueTask<ApiKeyDto> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        var id = new ApiKeyId(command.KeyId);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken)
            ?? throw new NotFoundException("api_key.not_found", "No such key.");
        key.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        credentials.Forget(key.Hash);
        return ApiKeyDto.From(key);
    }
}
