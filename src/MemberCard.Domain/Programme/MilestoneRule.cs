namespace MemberCard.Domain.Programme;

/// <summary>Points earned in a card year that entitle a member to a gift of the given value.</summary>
public sealed class MilestoneRule
{
    private MilestoneRule()
    {
    }

    public long Points { get; private set; }

    public decimal GiftValue { get; private set; }

    public static MilestoneRule Create(long points, decimal giftValue) =>
        points > 0 && giftValue > 0
            ? new MilestoneRule { Points = points, GiftValue = giftValue }
            : throw new Common.DomainException("programme.milestone_invalid", "A milestone has positive points and gift value.");
}
