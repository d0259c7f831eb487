namespace MemberCard.Application.Common.Notifications;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Outbox;
using MemberCard.Domain.Members;
using MemberCard.Domain.Outbox;

/// <summary>Queues a notice in the outbox, in the transaction of the change it tells about.</summary>
public static class MemberNotices
{
    public const string OutboxKind = "notification.send";

    public static void Enqueue(IMemberCardDbContext db, MemberId memberId, MemberNotice notice, DateTimeOffset now) =>
        db.OutboxMessages.Add(OutboxMessage.Create(OutboxKind, memberId, OutboxPayload.Write(notice), now));
}
