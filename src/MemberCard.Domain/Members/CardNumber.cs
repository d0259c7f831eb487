namespace MemberCard.Domain.Members;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;

/// <summary>
/// Region code (3 digits) + serial allocated in order per region (7 digits) + Luhn check digit: 11 digits.
/// The check digit lets a till reject a mistyped number before it reaches the database.
/// </summary>
public readonly record struct CardNumber
{
    public const int Length = 11;
    public const long MaxSerial = 9_999_999;

    private CardNumber(string value) => Value = value;

    public string Value { get; }

    public string RegionCode => Value[..3];

    public long Serial => long.Parse(Value.AsSpan(3, 7), System.Globalization.CultureInfo.InvariantCulture);

    public static CardNumber Issue(RegionCode region, long serial)
    {
        if (serial is < 1 or > MaxSerial)
        {
            throw new DomainException("card_number.serial_exhausted", "The region has no card serials left.");
        }

        var body = region.Value + serial.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        return new CardNumber(body + CheckDigit(body));
    }

    public static bool TryParse(string? raw, out CardNumber number)
    {
        number = default;
        if (raw is not { Length: Length } || !raw.All(char.IsAsciiDigit) || CheckDigit(raw[..^1]) != raw[^1])
        {
            return false;
        }

        number = new CardNumber(raw);
        return true;
    }

    public static bool IsValid(string? raw) => TryParse(raw, out _);

    public static CardNumber Parse(string? raw) =>
        TryParse(raw, out var number)
            ? number
            : throw new DomainException("card_number.invalid", "A card number has 11 digits with a valid check digit.");

    /// <summary>Luhn (mod 10) check digit over the given digits.</summary>
    public static char CheckDigit(string digits)
    {
        var sum = 0;
        var doubleIt = true;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    public override string ToString() => Value;
}
