namespace MemberCard.Application.ApiKeys.Common;

using MemberCard.Domain.ApiKeys;

public sealed record ApiKeyDto(Guid Id, string Name, string Role, Guid? BranchId, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public static ApiKeyDto From(ApiKey k) =>
        new(k.Id.Value, k.Name, k.Role.ToString(), k.BranchId?.Value, k.Prefix, k.CreatedAt, k.RevokedAt);
}
