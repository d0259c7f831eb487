namespace MemberCard.Application.WeChat.Deliveries;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Outbox;
using MemberCard.Application.Common.WeChat;
using MemberCard.Application.WeChat.CardSync;
using MemberCard.Domain.Members;
using MemberCard.Domain.Outbox;
using Microsoft.EntityFrameworkCore;

/// <summary>Activates the WeChat card of one of our active cards, with our card number and today's balance and tier.</summary>
public sealed class CardActivationDelivery(IMemberCardDbContext db, IWeChatCards weChat, TimeProvider clock) : IOutboxDelivery
{
    public string Kind => WeChatOutboxKinds.CardActivate;

    public async Task<string> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var number = CardNumber.Parse(OutboxPayload.Read<CardMessage>(message.Payload).CardNumber);
        var card = await db.Cards.AsNoTracking()
            .Where(c => c.Number == number)
            .Select(c => new { c.MemberId, c.Status, c.WeChatCode, c.WeChatActivatedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (card?.WeChatCode is null)
        {
            return "skipped: card not in WeChat yet";
        }

        if (card.Status != CardStatus.Active)
        {
            return $"skipped: card is {card.Status}";
        }

        // Activation and linking each ask for it, in either order; WeChat needs it once per code.
        if (card.WeChatActivatedAt is not null)
        {
            return "skipped: already activated in WeChat";
        }

        var state = await WeChatCardState.ReadAsync(db, card.MemberId, cancellationToken);
        if (state is null)
        {
            return "skipped: no member";
        }

        await weChat.ActivateAsync(
            new WeChatCardActivation(card.WeChatCode, number.Value, state.Points, WeChatCardText.TierName(state.Tier)),
            cancellationToken);

        // A marker for the integration, not a business fact: written past the aggregate so it never
        // conflicts with a purchase changing the member at the same moment.
        var code = card.WeChatCode;
        var now = clock.GetUtcNow();
        await db.Cards.Where(c => c.Number == number && c.WeChatCode == code)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.WeChatActivatedAt, now), cancellationToken);
        return "sent";
    }
}
