namespace MemberCard.Application.StoredValue.WeChatSync;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Outbox;
using MemberCard.Application.WeChat.CardSync;
using MemberCard.Domain.Outbox;
using MemberCard.Domain.StoredValue;

/// <summary>
/// A balance change queues the same card sync as a points change: the delivery sends WeChat the absolute
/// points and balance read at sending time, so one queued sync per save covers both.
/// </summary>
public sealed class StoredValueWeChatSync(IMemberCardDbContext db) : INotificationHandler<StoredValueBalanceChanged>
{
    public ValueTask Handle(StoredValueBalanceChanged notification, CancellationToken cancellationToken)
    {
        CardSyncRequests.Request(db, notification.MemberId, notification.OccurredAt);
        return ValueTask.CompletedTask;
    }
}
