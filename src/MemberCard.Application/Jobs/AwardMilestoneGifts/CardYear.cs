namespace MemberCard.Application.Jobs.AwardMilestoneGifts;

/// <summary>
/// A member's card year starts on each anniversary of the business date they joined (29 February joins
/// have their anniversary on 28 February in other years).
/// </summary>
public static class CardYear
{
    /// <summary>The start of the card year that contains <paramref name="date"/>; null before the member joined.</summary>
    public static DateOnly? StartContaining(DateOnly joinedOn, DateOnly date)
    {
        if (date < joinedOn)
        {
            return null;
        }

        var start = joinedOn.AddYears(date.Year - joinedOn.Year);
        return start <= date ? start : joinedOn.AddYears(date.Year - joinedOn.Year - 1);
    }
}
