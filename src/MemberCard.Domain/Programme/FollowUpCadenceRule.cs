namespace MemberCard.Domain.Programme;

using MemberCard.Domain.Common;

/// <summary>
/// The offsets of the follow-up cadence (the spec's 3-3-2-1-4-6-9): a thank-you message some minutes after the
/// purchase, a care message some days after, a greeting some weeks after, then four calls some months after.
/// The seven steps are fixed; head office sets when each falls. Each step comes strictly after the one before,
/// whatever the month: a month counts as at least 28 days.
/// </summary>
public sealed record FollowUpCadenceRule(int ThankYouMinutes, int CareDays, int GreetingWeeks, IReadOnlyList<int> CallMonths)
{
    public const int Calls = 4;
    public const int MaxThankYouMinutes = 24 * 60;
    public const int MaxCareDays = 60;
    public const int MaxGreetingWeeks = 52;
    public const int MaxCallMonths = 36;

    public static FollowUpCadenceRule Default { get; } = new(3, 3, 2, [1, 4, 6, 9]);

    /// <summary>Why the offsets are not a cadence, or null when they are.</summary>
    public static string? Problem(int thankYouMinutes, int careDays, int greetingWeeks, IReadOnlyList<int> callMonths)
    {
        if (thankYouMinutes is < 1 or > MaxThankYouMinutes || careDays is < 1 or > MaxCareDays || greetingWeeks is < 1 or > MaxGreetingWeeks
            || callMonths.Count != Calls || callMonths.Any(m => m is < 1 or > MaxCallMonths))
        {
            return "Follow-up offsets are positive and within their bounds, with exactly four call months.";
        }

        var ascending = thankYouMinutes < careDays * 24 * 60 && careDays < greetingWeeks * 7 && greetingWeeks * 7 < callMonths[0] * 28
            && callMonths.Zip(callMonths.Skip(1)).All(p => p.First < p.Second);
        return ascending ? null : "Each follow-up step comes strictly after the one before (a month counts as 28 days).";
    }

    public static FollowUpCadenceRule Create(int thankYouMinutes, int careDays, int greetingWeeks, IReadOnlyList<int> callMonths) =>
        Problem(thankYouMinutes, careDays, greetingWeeks, callMonths) is { } problem
            ? throw new DomainException("programme.follow_up_cadence_invalid", problem)
            : new FollowUpCadenceRule(thankYouMinutes, careDays, greetingWeeks, callMonths.ToList());
}
