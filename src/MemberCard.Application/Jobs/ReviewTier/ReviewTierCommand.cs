namespace MemberCard.Application.Jobs.ReviewTier;

using Mediator;

/// <summary>
/// The periodic review of one member's tier for <see cref="AsOf"/>; returns 1 when the member dropped a tier.
/// <see cref="ReviewOpenedAt"/> is when the first review for that date began: a review drop recorded since
/// then means this member was already reviewed for the date and must not drop again.
/// </summary>
public sealed record ReviewTierCommand(Guid MemberId, DateOnly AsOf, DateTimeOffset ReviewOpenedAt) : ICommand<int>;
