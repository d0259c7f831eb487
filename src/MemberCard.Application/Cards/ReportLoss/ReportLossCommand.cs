namespace MemberCard.Application.Cards.ReportLoss;

using Mediator;
using MemberCard.Application.Cards.Common;

/// <summary>Freezes a card at once: no earning or redemption until it is reissued. <see cref="CardNumber"/> null means the calling shopper's current card.</summary>
public sealed record ReportLossCommand(string? CardNumber) : ICommand<CardDto>;
