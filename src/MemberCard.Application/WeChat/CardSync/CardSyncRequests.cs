namespace MemberCard.Application.WeChat.CardSync;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Outbox;
using MemberCard.Domain.Members;
using MemberCard.Domain.Outbox;

/// <summary>
/// Queues the sync of a member's WeChat card: one per member and save, since the delivery sends the absolute
/// points, tier and balance read at sending time.
/// </summary>
internal static class CardSyncRequests
{
    public static void Request(IMemberCardDbContext db, MemberId memberId, DateTimeOffset now)
    {
        // Adding a card to WeChat records the member's official-account openid, so a member loaded without one
        // has no card there to update: the till's sales to members who only hold a plastic card then write no
        // outbox row and give the dispatcher nothing to claim. Points changes load the member under its row
        // lock, so a card being added at the same moment waits and its activation carries the new balance.
        if (db.Members.Local.FirstOrDefault(m => m.Id == memberId) is { OfficialAccountOpenId: null })
        {
            return;
        }

        var alreadyQueued = db.OutboxMessages.Local.Any(m =>
            m.Id == 0 && m.Kind == WeChatOutboxKinds.CardSync && m.MemberId == memberId);
        if (!alreadyQueued)
        {
            db.OutboxMessages.Add(OutboxMessage.Create(WeChatOutboxKinds.CardSync, memberId, OutboxPayload.Write(new { }), now));
        }
    }
}
