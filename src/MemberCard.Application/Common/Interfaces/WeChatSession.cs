namespace MemberCard.Application.Common.Interfaces;

/// <summary>What a login code tells us. The session key stays on the server.</summary>
public sealed record WeChatSession(string OpenId, string? UnionId);
