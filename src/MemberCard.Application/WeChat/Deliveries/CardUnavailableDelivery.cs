namespace MemberCard.Application.WeChat.Deliveries;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Outbox;
using MemberCard.Application.Common.WeChat;
using MemberCard.Application.WeChat.CardSync;
using MemberCard.Domain.Members;
using MemberCard.Domain.Outbox;
using Microsoft.EntityFrameworkCore;

/// <summary>Makes a card's WeChat code unusable: WeChat has no reversible freeze, so a lost card's code ends here.</summary>
public sealed class CardUnavailableDelivery(IMemberCardDbContext db, IWeChatCards weChat) : IOutboxDelivery
{
    public string Kind => WeChatOutboxKinds.CardUnavailable;

    public async Task<string> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = OutboxPayload.Read<CardMessage>(message.Payload);
        var number = CardNumber.Parse(payload.CardNumber);
        var code = payload.WeChatCode ?? await db.Cards.AsNoTracking()
            .Where(c => c.Number == number)
            .Select(c => c.WeChatCode)
            .SingleOrDefaultAsync(cancellationToken);
        if (code is null)
        {
            return "skipped: card not in WeChat";
        }

        await weChat.MakeUnavailableAsync(code, payload.Reason ?? "会员卡停用", cancellationToken);
        return "sent";
    }
}
