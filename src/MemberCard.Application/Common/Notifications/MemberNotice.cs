namespace MemberCard.Application.Common.Notifications;

/// <summary>
/// Something we tell a member (a thank-you, a birthday gift waiting, a profile change done). <see cref="Template"/>
/// is our logical name (<c>purchase.thanks</c>); the sender maps it to a WeChat subscribe-message template.
/// <see cref="Data"/> holds the template's values; never put a phone number or full name in it.
/// </summary>
public sealed record MemberNotice(string Template, IReadOnlyDictionary<string, string> Data, string? Page = null);
