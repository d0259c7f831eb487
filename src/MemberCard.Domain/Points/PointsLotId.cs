namespace MemberCard.Domain.Points;

public readonly record struct PointsLotId(Guid Value)
{
    public static PointsLotId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
