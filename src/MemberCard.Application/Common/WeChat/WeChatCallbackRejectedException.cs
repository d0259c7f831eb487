namespace MemberCard.Application.Common.WeChat;

/// <summary>A callback request that is forged, stale, malformed or too large. Answered 400/401 without side effects.</summary>
public sealed class WeChatCallbackRejectedException(string reason, bool badSignature) : Exception(reason)
{
    /// <summary>True for a missing/wrong signature or a stale timestamp (401); false for a malformed body (400).</summary>
    public bool BadSignature { get; } = badSignature;
}
