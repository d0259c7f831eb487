namespace MemberCard.Application.Kpis.Common;

using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>A calendar month of business dates, written <c>YYYY-MM</c> in routes and reports.</summary>
public readonly partial record struct KpiMonth(int Year, int Month)
{
    public DateOnly First => new(Year, Month, 1);

    public DateOnly Last => First.AddMonths(1).AddDays(-1);

    public static bool IsValid(string? text) => text is not null && Pattern().IsMatch(text);

    public static KpiMonth Parse(string text) =>
        IsValid(text)
            ? new KpiMonth(int.Parse(text[..4], CultureInfo.InvariantCulture), int.Parse(text[5..], CultureInfo.InvariantCulture))
            : throw new FormatException($"'{text}' is not a month written YYYY-MM.");

    public static KpiMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>The month asked for, or by default the one before today's (the last complete month).</summary>
    public static KpiMonth OrPrevious(string? text, DateOnly today) => text is null ? Of(today).Plus(-1) : Parse(text);

    public KpiMonth Plus(int months) => Of(First.AddMonths(months));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    // Years from 2000 on: no programme ran earlier, and the bound keeps date arithmetic far from its limits.
    [GeneratedRegex(@"^(2\d{3})-(0[1-9]|1[0-2])$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
