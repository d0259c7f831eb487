namespace MemberCard.Application.Birthdays.Common;

using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>The <c>month=YYYY-MM</c> and <c>period=YYYY-MM-1|2</c> parameters of the birthday programme.</summary>
public static partial class BusinessMonth
{
    public const string MonthFormat = "YYYY-MM";
    public const string PeriodFormat = "YYYY-MM-1 or YYYY-MM-2";

    /// <summary>The first day of the month <paramref name="value"/> names, or null when it is not YYYY-MM.</summary>
    public static DateOnly? ParseMonth(string? value)
    {
        var match = value is null ? null : MonthPattern().Match(value);
        return match is { Success: true } && FirstDay(match.Groups["y"].Value, match.Groups["m"].Value) is { } first ? first : null;
    }

    /// <summary>1st–15th for half 1, 16th–last day for half 2; null when <paramref name="value"/> is malformed.</summary>
    public static (DateOnly From, DateOnly To)? ParsePeriod(string? value)
    {
        var match = value is null ? null : PeriodPattern().Match(value);
        if (match is not { Success: true } || FirstDay(match.Groups["y"].Value, match.Groups["m"].Value) is not { } first)
        {
            return null;
        }

        return match.Groups["h"].Value == "1"
            ? (first, first.AddDays(14))
            : (first.AddDays(15), first.AddMonths(1).AddDays(-1));
    }

    /// <summary>The first day of the month of <paramref name="date"/>.</summary>
    public static DateOnly Of(DateOnly date) => new(date.Year, date.Month, 1);

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static DateOnly? FirstDay(string year, string month)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        return y is >= 2000 and <= 2100 && m is >= 1 and <= 12 ? new DateOnly(y, m, 1) : null;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<h>[12])$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex PeriodPattern();
}
