namespace MemberCard.Application.WeChat.CardSync;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Outbox;
using MemberCard.Domain.Members;
using MemberCard.Domain.Members.Events;
using MemberCard.Domain.Outbox;

/// <summary>
/// Writes what WeChat must learn of into the outbox, in the transaction of the change itself. A purchase
/// that moves points and tier yields one sync message: WeChat gets absolute values, so one is enough.
/// </summary>
public sealed class WeChatCardOutboxHandler(IMemberCardDbContext db)
    : INotificationHandler<PointsBalanceChanged>,
      INotificationHandler<TierChanged>,
      INotificationHandler<CardActivated>,
      INotificationHandler<WeChatCardLinked>,
      INotificationHandler<CardReportedLost>,
      INotificationHandler<CardCancelled>
{
    public ValueTask Handle(PointsBalanceChanged notification, CancellationToken cancellationToken) =>
        Sync(notification.MemberId, notification.OccurredAt);

    public ValueTask Handle(TierChanged notification, CancellationToken cancellationToken) =>
        Sync(notification.MemberId, notification.OccurredAt);

    public ValueTask Handle(CardActivated notification, CancellationToken cancellationToken) =>
        Enqueue(WeChatOutboxKinds.CardActivate, notification.MemberId, new CardMessage(notification.CardNumber.Value), notification.OccurredAt);

    public ValueTask Handle(WeChatCardLinked notification, CancellationToken cancellationToken) =>
        notification.CardActive
            ? Enqueue(WeChatOutboxKinds.CardActivate, notification.MemberId, new CardMessage(notification.CardNumber.Value), notification.OccurredAt)
            : ValueTask.CompletedTask;

    public ValueTask Handle(CardReportedLost notification, CancellationToken cancellationToken) =>
        Enqueue(WeChatOutboxKinds.CardUnavailable, notification.MemberId, new CardMessage(notification.CardNumber.Value, "挂失"), notification.OccurredAt);

    public ValueTask Handle(CardCancelled notification, CancellationToken cancellationToken) =>
        Enqueue(WeChatOutboxKinds.CardUnavailable, notification.MemberId, new CardMessage(notification.CardNumber.Value, "退会", notification.WeChatCode), notification.OccurredAt);

    private ValueTask Sync(MemberId memberId, DateTimeOffset now)
    {
        CardSyncRequests.Request(db, memberId, now);
        return ValueTask.CompletedTask;
    }

    private ValueTask Enqueue<T>(string kind, MemberId memberId, T payload, DateTimeOffset now)
    {
        db.OutboxMessages.Add(OutboxMessage.Create(kind, memberId, OutboxPayload.Write(payload), now));
        return ValueTask.CompletedTask;
    }
}
