namespace MemberCard.Domain.Branches;

using MemberCard.Domain.Common;

/// <summary>The three-digit region code that starts every card number issued in that region (e.g. 755).</summary>
public readonly record struct RegionCode
{
    private RegionCode(string value) => Value = value;

    public string Value { get; }

    public static bool IsValid(string? value) => value is { Length: 3 } && value.All(char.IsAsciiDigit);

    public static RegionCode Create(string? value) =>
        IsValid(value)
            ? new RegionCode(value!)
            : throw new DomainException("region_code.invalid", "A region code is exactly three digits.");

    public override string ToString() => Value;
}
