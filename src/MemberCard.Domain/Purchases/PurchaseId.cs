namespace MemberCard.Domain.Purchases;

public readonly record struct PurchaseId(Guid Value)
{
    public static PurchaseId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
