namespace MemberCard.Domain.FollowUps;

/// <summary>The seven steps of the 3-3-2-1-4-6-9 cadence, in order.</summary>
public enum FollowUpStep
{
    ThankYou,
    Care,
    Greeting,
    CallAfter1Month,
    CallAfter4Months,
    CallAfter6Months,
    CallAfter9Months,
}
