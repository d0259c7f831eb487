namespace MemberCard.WeChatSimulator;

/// <summary>
/// A fault applied to WeChat calls (never to <c>/_sim</c>): to the next <see cref="Count"/> matching calls, or to all
/// until changed when <see cref="Count"/> is null; only to paths starting with <see cref="PathPrefix"/> when set.
/// </summary>
public sealed record FaultRule(FaultMode Mode, int LatencyMs = 0, int? Count = null, string? PathPrefix = null);
