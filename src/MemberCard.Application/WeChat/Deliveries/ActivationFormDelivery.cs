namespace MemberCard.Application.WeChat.Deliveries;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Outbox;
using MemberCard.Application.Common.WeChat;
using MemberCard.Application.WeChat.CardSync;
using MemberCard.Domain.Members;
using MemberCard.Domain.Outbox;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The shopper filled in WeChat's activation form: read it from WeChat and activate our card. The form's
/// mobile must be the member's: a card someone else's phone activates would hand them the member's points.
/// </summary>
public sealed class ActivationFormDelivery(IMemberCardDbContext db, IWeChatCards weChat, TimeProvider clock) : IOutboxDelivery
{
    public const string MobileField = "USER_FORM_INFO_FLAG_MOBILE";

    public string Kind => WeChatOutboxKinds.ActivationForm;

    public async Task<string> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var code = OutboxPayload.Read<ActivationFormMessage>(message.Payload).Code;
        var member = await db.Members
            .Include(m => m.Cards)
            .SingleOrDefaultAsync(m => m.Cards.Any(c => c.WeChatCode == code), cancellationToken);
        if (member is null)
        {
            return "skipped: card code not linked to a member";
        }

        var card = member.Cards.Single(c => c.WeChatCode == code);
        var info = await weChat.GetUserInfoAsync(code, cancellationToken);
        if (info.FormFields.TryGetValue(MobileField, out var mobile)
            && (!PhoneNumber.TryCreate(mobile, out var formPhone) || formPhone != member.Phone))
        {
            return "refused: the form's mobile is not the member's";
        }

        switch (card.Status)
        {
            case CardStatus.Issued:
                member.ActivateCard(card.Number, clock.GetUtcNow());
                break;
            case CardStatus.Active:
                // Already active with us (e.g. at a branch): WeChat still waits for its activation call.
                db.OutboxMessages.Add(OutboxMessage.Create(
                    WeChatOutboxKinds.CardActivate, member.Id, OutboxPayload.Write(new CardMessage(card.Number.Value)), clock.GetUtcNow()));
                break;
            default:
                return $"skipped: card is {card.Status}";
        }

        await db.SaveChangesAsync(cancellationToken);
        return "activated";
    }
}
