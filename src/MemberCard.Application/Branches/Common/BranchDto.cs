namespace MemberCard.Application.Branches.Common;

using MemberCard.Domain.Branches;

public sealed record BranchDto(Guid Id, string Code, string Name, string RegionCode, string Kind, string Status, DateTimeOffset CreatedAt)
{
    public static BranchDto From(Branch b) =>
        new(b.Id.Value, b.Code, b.Name, b.RegionCode.Value, b.Kind.ToString(), b.Status.ToString(), b.CreatedAt);
}
