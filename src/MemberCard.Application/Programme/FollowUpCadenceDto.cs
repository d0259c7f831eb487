namespace MemberCard.Application.Programme;

using MemberCard.Domain.Programme;

/// <summary>When the follow-up steps fall after a qualifying purchase (defaults 3 minutes, 3 days, 2 weeks, calls at 1, 4, 6, 9 months).</summary>
public sealed record FollowUpCadenceDto(int? ThankYouMinutes, int? CareDays, int? GreetingWeeks, IReadOnlyList<int>? CallMonths)
{
    public static FollowUpCadenceDto From(FollowUpCadenceRule rule) => new(rule.ThankYouMinutes, rule.CareDays, rule.GreetingWeeks, rule.CallMonths);
}
