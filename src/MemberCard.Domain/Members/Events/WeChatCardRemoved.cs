namespace MemberCard.Domain.Members.Events;

public sealed record WeChatCardRemoved(MemberId MemberId, CardNumber CardNumber, DateTimeOffset OccurredAt) : IMemberEvent
{
    public string Action => "wechat.card_removed";
}
