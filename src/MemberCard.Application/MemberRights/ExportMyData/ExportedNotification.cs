namespace MemberCard.Application.MemberRights.ExportMyData;

using System.Text.Json;

/// <summary>A notice queued for the member (template and values, never a phone or name), and whether it went out.</summary>
public sealed record ExportedNotification(JsonElement Notice, DateTimeOffset QueuedAt, string Status, DateTimeOffset? ProcessedAt);
