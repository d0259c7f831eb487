namespace MemberCard.Infrastructure.Notifications;

using MemberCard.Application.Common.Notifications;
using MemberCard.Domain.Members;
using Microsoft.Extensions.Logging;

/// <summary>The default sender: records that a notice was due, by member id and template, and sends nothing.</summary>
internal sealed partial class LoggingNotificationSender(ILogger<LoggingNotificationSender> logger) : INotificationSender
{
    public Task<string> SendAsync(MemberId memberId, string? miniProgramOpenId, MemberNotice notice, CancellationToken cancellationToken)
    {
        LogNotice(logger, notice.Template, memberId.Value);
        return Task.FromResult("logged");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notice {Template} for member {MemberId} (logging sender: not sent)")]
    private static partial void LogNotice(ILogger logger, string template, Guid memberId);
}
