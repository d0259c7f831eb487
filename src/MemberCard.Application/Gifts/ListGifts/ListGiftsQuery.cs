namespace MemberCard.Application.Gifts.ListGifts;

using Mediator;
using MemberCard.Application.Gifts.Common;

/// <summary>The catalogue: everything for head office, only what can be redeemed today for shoppers.</summary>
public sealed record ListGiftsQuery(bool ActiveOnly) : IQuery<IReadOnlyList<GiftDto>>;
