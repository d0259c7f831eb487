namespace MemberCard.Domain.Common;

/// <summary>An amount in yuan with at most two decimal places (fen precision), never negative.</summary>
public readonly record struct Money : IComparable<Money>
{
    public const decimal MaxValue = 9_999_999_999.99m;

    private Money(decimal yuan) => Yuan = yuan;

    public decimal Yuan { get; }

    public long Fen => (long)(Yuan * 100m);

    public static Money Zero => new(0m);

    public static Money Create(decimal yuan)
    {
        if (yuan < 0m)
        {
            throw new DomainException("money.negative", "An amount of money cannot be negative.");
        }

        if (yuan > MaxValue)
        {
            throw new DomainException("money.too_large", "The amount of money is too large.");
        }

        if (decimal.Round(yuan, 2) != yuan)
        {
            throw new DomainException("money.precision", "An amount of money has at most two decimal places.");
        }

        return new Money(yuan);
    }

    public static Money FromFen(long fen) => Create(fen / 100m);

    public static Money operator +(Money left, Money right) => Create(left.Yuan + right.Yuan);

    public static Money operator -(Money left, Money right) => Create(left.Yuan - right.Yuan);

    public static bool operator <(Money left, Money right) => left.Yuan < right.Yuan;

    public static bool operator >(Money left, Money right) => left.Yuan > right.Yuan;

    public static bool operator <=(Money left, Money right) => left.Yuan <= right.Yuan;

    public static bool operator >=(Money left, Money right) => left.Yuan >= right.Yuan;

    public int CompareTo(Money other) => Yuan.CompareTo(other.Yuan);

    public override string ToString() => Yuan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
