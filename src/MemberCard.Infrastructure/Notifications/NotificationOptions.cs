namespace MemberCard.Infrastructure.Notifications;

public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary><c>Log</c> (default: notices are logged, not sent) or <c>WeChat</c> (subscribe messages).</summary>
    public string Sender { get; set; } = "Log";

    /// <summary>Our template name → the WeChat subscribe-message template id; a name without one is only logged.</summary>
    public Dictionary<string, string> Templates { get; set; } = new(StringComparer.Ordinal);
}
