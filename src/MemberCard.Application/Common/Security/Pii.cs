namespace MemberCard.Application.Common.Security;

using MemberCard.Domain.Members;

/// <summary>How personal data looks in lists and cross-branch views.</summary>
public static class Pii
{
    /// <summary>Keeps the first character (the surname of a Chinese name) and stars the rest.</summary>
    public static string MaskName(string name) =>
        name.Length <= 1 ? "*" : string.Concat(name.AsSpan(0, 1), new string('*', Math.Min(name.Length - 1, 4)));

    public static string MaskPhone(PhoneNumber phone) => phone.Masked;

    /// <summary>Month and day stay visible for the birthday programme; the year does not.</summary>
    public static string MaskBirthDate(DateOnly birthDate) => $"****-{birthDate:MM-dd}";

    public static string? MaskAddress(string? address) =>
        address is null ? null : string.Concat(address.AsSpan(0, Math.Min(6, address.Length)), "****");

    public static string? MaskEmail(string? email)
    {
        if (email is null)
        {
            return null;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "****" : string.Concat(email.AsSpan(0, 1), "***", email.AsSpan(at));
    }
}
