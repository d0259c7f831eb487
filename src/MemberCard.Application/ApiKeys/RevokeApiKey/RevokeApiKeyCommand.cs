namespace MemberCard.Application.ApiKeys.RevokeApiKey;

using Mediator;
using MemberCard.Application.ApiKeys.Common;

public sealed record RevokeApiKeyCommand(Guid KeyId) : ICommand<ApiKeyDto>;
