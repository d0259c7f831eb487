namespace MemberCard.Domain.Gifts;

public readonly record struct GiftId(Guid Value)
{
    public static GiftId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
