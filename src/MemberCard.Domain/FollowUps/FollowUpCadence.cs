namespace MemberCard.Domain.FollowUps;

/// <summary>
/// The 3-3-2-1-4-6-9 cadence for top-tier members after a purchase: a thank-you message at 3 minutes, a care
/// message at 3 days, a greeting at 2 weeks, then calls at 1, 4, 6 and 9 months.
/// </summary>
public static class FollowUpCadence
{
    /// <summary>
    /// A purchase while a cadence started less than this long ago is covered by it, so a member who buys twice
    /// in a few days is not thanked twice; a later purchase restarts the cadence.
    /// </summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromDays(3);

    /// <summary>
    /// The due instants of the seven steps. Minutes, days and weeks are elapsed time; months are calendar months
    /// in the programme's time zone (31 January + 1 month = 28 or 29 February, at the same local time).
    /// </summary>
    public static IReadOnlyList<(FollowUpStep Step, FollowUpKind Kind, DateTimeOffset DueAt)> Schedule(DateTimeOffset startedAt, TimeZoneInfo timeZone)
    {
        var local = TimeZoneInfo.ConvertTime(startedAt, timeZone).DateTime;
        DateTimeOffset MonthsLater(int months)
        {
            var due = local.AddMonths(months);
            return new DateTimeOffset(due, timeZone.GetUtcOffset(due)).ToUniversalTime();
        }

        return
        [
            (FollowUpStep.ThankYou, FollowUpKind.Message, startedAt.AddMinutes(3)),
            (FollowUpStep.Care, FollowUpKind.Message, startedAt.AddDays(3)),
            (FollowUpStep.Greeting, FollowUpKind.Message, startedAt.AddDays(14)),
            (FollowUpStep.CallAfter1Month, FollowUpKind.Call, MonthsLater(1)),
            (FollowUpStep.CallAfter4Months, FollowUpKind.Call, MonthsLater(4)),
            (FollowUpStep.CallAfter6Months, FollowUpKind.Call, MonthsLater(6)),
            (FollowUpStep.CallAfter9Months, FollowUpKind.Call, MonthsLater(9)),
        ];
    }
}
