namespace MemberCard.WeChatSimulator;

using System.Text.Json;

/// <summary>A subscribe message WeChat accepted for delivery.</summary>
public sealed record SentMessage(string ToUser, string TemplateId, string? Page, JsonElement? Data, DateTimeOffset At);
