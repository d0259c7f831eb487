namespace MemberCard.Application.Common.WeChat;

/// <summary>
/// Verifies and opens what WeChat pushes to the Official Account server URL: signatures, safe-mode
/// (AES) decryption and the XML (or JSON) message. Configured with the Official Account's Token,
/// EncodingAESKey and AppID.
/// </summary>
public interface IWeChatCallbackCodec
{
    /// <summary>URL verification (GET): true when <c>signature</c> matches Token + timestamp + nonce.</summary>
    bool VerifyUrl(string? signature, string? timestamp, string? nonce);

    /// <summary>
    /// Checks the signature (plain <c>signature</c>, or <c>msg_signature</c> over the Encrypt element in safe
    /// mode), the timestamp's freshness, decrypts when <c>encrypt_type=aes</c>, and parses the message.
    /// Throws <see cref="WeChatCallbackRejectedException"/> for anything forged, stale, malformed or oversized.
    /// </summary>
    WeChatInboundMessage Open(WeChatCallbackRequest request);
}
