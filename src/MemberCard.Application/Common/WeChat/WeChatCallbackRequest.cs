namespace MemberCard.Application.Common.WeChat;

/// <summary>The query parameters and raw body of one POST to the callback URL.</summary>
public sealed record WeChatCallbackRequest(
    string? Signature,
    string? Timestamp,
    string? Nonce,
    string? EncryptType,
    string? MsgSignature,
    string Body);
