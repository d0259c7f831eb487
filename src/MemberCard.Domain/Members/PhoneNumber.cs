namespace MemberCard.Domain.Members;

using MemberCard.Domain.Common;

/// <summary>A mainland China mobile number, stored as its 11 digits.</summary>
public readonly record struct PhoneNumber
{
    private PhoneNumber(string value) => Value = value;

    /// <summary>
    /// What an exited member's phone becomes: 11 digits like a phone (the column stays NOT NULL and fixed width)
    /// but with a second digit no mobile number has, so <see cref="Create"/> never yields it and it can never
    /// match an applicant. The phone index is unique among active members only, so every exited member shares it.
    /// </summary>
    public static PhoneNumber Erased { get; } = new("10000000000");

    public string Value { get; }

    public bool IsErased => Value == Erased.Value;

    public string Masked => $"{Value[..3]}****{Value[7..]}";

    public static bool TryCreate(string? raw, out PhoneNumber phone)
    {
        phone = default;
        if (raw is null)
        {
            return false;
        }

        var digits = raw.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (digits.StartsWith("+86", StringComparison.Ordinal))
        {
            digits = digits[3..];
        }
        else if (digits.StartsWith("0086", StringComparison.Ordinal))
        {
            digits = digits[4..];
        }

        if (digits.Length != 11 || digits[0] != '1' || digits[1] < '3' || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        phone = new PhoneNumber(digits);
        return true;
    }

    public static bool IsValid(string? raw) => TryCreate(raw, out _);

    /// <summary>Reads a value the database holds: a valid phone, or the <see cref="Erased"/> placeholder.</summary>
    public static PhoneNumber FromStored(string stored) => stored == Erased.Value ? Erased : Create(stored);

    public static PhoneNumber Create(string? raw) =>
        TryCreate(raw, out var phone)
            ? phone
            : throw new DomainException("phone.invalid", "A mainland China mobile number has 11 digits and starts with 13-19.");

    public override string ToString() => Masked;
}
