namespace MemberCard.Application.Cards.ReissueCard;

using Mediator;
using MemberCard.Application.Cards.Common;

/// <summary>
/// Replaces a card reported lost with a new number; tier, points and history stay with the member.
/// <see cref="CardNumber"/> null means the calling shopper's lost card (online reissue to the WeChat card package).
/// </summary>
public sealed record ReissueCardCommand(string? CardNumber) : ICommand<CardDto>;
