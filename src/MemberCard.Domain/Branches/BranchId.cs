namespace MemberCard.Domain.Branches;

public readonly record struct BranchId(Guid Value)
{
    public static BranchId New() => new(Guid.CreateVersion7());

    public static BranchId None => new(Guid.Empty);

    public override string ToString() => Value.ToString();
}
