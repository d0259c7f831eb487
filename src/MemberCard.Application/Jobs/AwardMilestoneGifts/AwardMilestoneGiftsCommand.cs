namespace MemberCard.Application.Jobs.AwardMilestoneGifts;

using Mediator;

/// <summary>
/// Grants one member the milestone-gift claims their points earned in the card year reached by
/// <see cref="AsOf"/>, and lapses their open claims that were not collected in time. Returns how many claims
/// it granted or lapsed.
/// </summary>
public sealed record AwardMilestoneGiftsCommand(Guid MemberId, DateOnly AsOf) : ICommand<int>;
