namespace MemberCard.Infrastructure.Notifications;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Notifications;
using MemberCard.Domain.Members;
using Microsoft.Extensions.Options;

/// <summary>Sends notices as mini-program subscribe messages, for the templates head office configured.</summary>
internal sealed class WeChatNotificationSender(IWeChatMiniProgram weChat, IOptions<NotificationOptions> options) : INotificationSender
{
    public async Task<string> SendAsync(MemberId memberId, string? miniProgramOpenId, MemberNotice notice, CancellationToken cancellationToken)
    {
        if (miniProgramOpenId is null)
        {
            return "skipped: the member has no mini-program identity";
        }

        if (!options.Value.Templates.TryGetValue(notice.Template, out var templateId) || string.IsNullOrWhiteSpace(templateId))
        {
            return $"skipped: no WeChat template for {notice.Template}";
        }

        await weChat.SendSubscribeMessageAsync(miniProgramOpenId, templateId, notice.Page, notice.Data, cancellationToken);
        return "sent";
    }
}
