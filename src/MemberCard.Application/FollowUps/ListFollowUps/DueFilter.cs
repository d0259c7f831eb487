namespace MemberCard.Application.FollowUps.ListFollowUps;

using System.Globalization;

/// <summary>The <c>due=before:YYYY-MM-DD</c> parameter.</summary>
public static class DueFilter
{
    public const string Prefix = "before:";

    public static DateOnly? ParseBefore(string? value) =>
        value is not null
        && value.StartsWith(Prefix, StringComparison.Ordinal)
        && DateOnly.TryParseExact(value[Prefix.Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
