namespace MemberCard.Domain.Members.Events;

public sealed record WeChatCardLinked(MemberId MemberId, CardNumber CardNumber, bool CardActive, DateTimeOffset OccurredAt) : IMemberEvent
{
    public string Action => "wechat.card_linked";
}
