namespace MemberCard.Application.Common.Notifications;

using MemberCard.Domain.Members;

/// <summary>
/// Delivers a notice to a member. The default sender only logs; the WeChat sender sends a subscribe message.
/// Throws <see cref="WeChat.WeChatApiException"/> when WeChat refuses (the outbox retries or parks it).
/// </summary>
public interface INotificationSender
{
    Task<string> SendAsync(MemberId memberId, string? miniProgramOpenId, MemberNotice notice, CancellationToken cancellationToken);
}
