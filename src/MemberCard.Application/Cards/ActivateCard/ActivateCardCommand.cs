namespace MemberCard.Application.Cards.ActivateCard;

using Mediator;
using MemberCard.Application.Cards.Common;

/// <summary>Activates a card: online by the shopper (own card) or at a branch by number. <see cref="CardNumber"/> null means the calling shopper's current card.</summary>
public sealed record ActivateCardCommand(string? CardNumber) : ICommand<CardDto>;
