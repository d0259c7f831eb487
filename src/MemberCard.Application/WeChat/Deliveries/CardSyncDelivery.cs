namespace MemberCard.Application.WeChat.Deliveries;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Outbox;
using MemberCard.Application.Common.WeChat;
using MemberCard.Application.WeChat.CardSync;
using MemberCard.Domain.Members;
using MemberCard.Domain.Outbox;
using Microsoft.EntityFrameworkCore;

/// <summary>Sets the WeChat card of the member's active card to the absolute balance and tier of our ledger.</summary>
public sealed class CardSyncDelivery(IMemberCardDbContext db, IWeChatCards weChat) : IOutboxDelivery
{
    public string Kind => WeChatOutboxKinds.CardSync;

    public async Task<string> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.MemberId is not { } memberId)
        {
            return "skipped: no member";
        }

        var code = await db.Cards.AsNoTracking()
            .Where(c => c.MemberId == memberId && c.Status == CardStatus.Active && c.WeChatCode != null)
            .Select(c => c.WeChatCode)
            .FirstOrDefaultAsync(cancellationToken);
        if (code is null)
        {
            return "skipped: no active card in WeChat";
        }

        var state = await WeChatCardState.ReadAsync(db, memberId, cancellationToken);
        if (state is null)
        {
            return "skipped: no member";
        }

        await weChat.UpdateUserAsync(
            new WeChatCardUpdate(code, state.Points, WeChatCardText.Record(state.LastChange), WeChatCardText.TierName(state.Tier), state.BalanceFen),
            cancellationToken);
        return "sent";
    }
}
