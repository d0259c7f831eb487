namespace MemberCard.Application.Common.Notifications;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Outbox;
using MemberCard.Domain.Outbox;
using Microsoft.EntityFrameworkCore;

public sealed class NotificationDelivery(IMemberCardDbContext db, INotificationSender sender) : IOutboxDelivery
{
    public string Kind => MemberNotices.OutboxKind;

    public async Task<string> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.MemberId is not { } memberId)
        {
            return "skipped: no member";
        }

        var openId = await db.Members.AsNoTracking()
            .Where(m => m.Id == memberId)
            .Select(m => m.MiniProgramOpenId)
            .FirstOrDefaultAsync(cancellationToken);
        return await sender.SendAsync(memberId, openId, OutboxPayload.Read<MemberNotice>(message.Payload), cancellationToken);
    }
}
