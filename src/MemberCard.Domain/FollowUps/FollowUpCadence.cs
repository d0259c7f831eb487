namespace MemberCard.Domain.FollowUps;

using MemberCard.Domain.Programme;

/// <summary>
/// The cadence for top-tier members after a purchase: a thank-you message, a care message, a greeting, then four
/// calls, at the offsets head office sets in the programme (by default 3-3-2-1-4-6-9: 3 minutes, 3 days, 2 weeks,
/// then 1, 4, 6 and 9 months). The call steps are named after the default offsets.
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
    public static IReadOnlyList<(FollowUpStep Step, FollowUpKind Kind, DateTimeOffset DueAt)> Schedule(
        DateTimeOffset startedAt, TimeZoneInfo timeZone, FollowUpCadenceRule cadence)
    {
        var local = TimeZoneInfo.ConvertTime(startedAt, timeZone).DateTime;
        DateTimeOffset MonthsLater(int months)
        {
            var due = local.AddMonths(months);
            return new DateTimeOffset(due, timeZone.GetUtcOffset(due)).ToUniversalTime();
        }

        return
        [
            (FollowUpStep.ThankYou, FollowUpKind.Message, startedAt.AddMinutes(cadence.ThankYouMinutes)),
            (FollowUpStep.Care, FollowUpKind.Message, startedAt.AddDays(cadence.CareDays)),
            (FollowUpStep.Greeting, FollowUpKind.Message, startedAt.AddDays(cadence.GreetingWeeks * 7)),
            (FollowUpStep.CallAfter1Month, FollowUpKind.Call, MonthsLater(cadence.CallMonths[0])),
            (FollowUpStep.CallAfter4Months, FollowUpKind.Call, MonthsLater(cadence.CallMonths[1])),
            (FollowUpStep.CallAfter6Months, FollowUpKind.Call, MonthsLater(cadence.CallMonths[2])),
            (FollowUpStep.CallAfter9Months, FollowUpKind.Call, MonthsLater(cadence.CallMonths[3])),
        ];
    }
}
