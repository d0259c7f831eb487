namespace MemberCard.Application.Cards.LookupCardAtTill;

using Mediator;

/// <summary>What the till scanned: a card number or a phone number.</summary>
public sealed record LookupCardAtTillQuery(string? Code) : IQuery<TillCardView>;
