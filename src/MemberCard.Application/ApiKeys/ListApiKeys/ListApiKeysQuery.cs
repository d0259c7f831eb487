namespace MemberCard.Application.ApiKeys.ListApiKeys;

using Mediator;
using MemberCard.Application.ApiKeys.Common;

public sealed record ListApiKeysQuery : IQuery<IReadOnlyList<ApiKeyDto>>;
