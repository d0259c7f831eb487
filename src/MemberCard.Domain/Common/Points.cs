namespace MemberCard.Domain.Common;

/// <summary>A whole number of points. Deltas may be negative; balances are kept non-negative by their owners.</summary>
public readonly record struct Points(long Value) : IComparable<Points>
{
    public static Points Zero => new(0);

    public bool IsNegative => Value < 0;

    public static Points operator +(Points left, Points right) => new(checked(left.Value + right.Value));

    public static Points operator -(Points left, Points right) => new(checked(left.Value - right.Value));

    public static Points operator -(Points value) => new(checked(-value.Value));

    public static bool operator <(Points left, Points right) => left.Value < right.Value;

    public static bool operator >(Points left, Points right) => left.Value > right.Value;

    public static bool operator <=(Points left, Points right) => left.Value <= right.Value;

    public static bool operator >=(Points left, Points right) => left.Value >= right.Value;

    public int CompareTo(Points other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
