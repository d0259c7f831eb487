namespace MemberCard.Infrastructure.WeChat.Callback;

using System.Globalization;
using System.Text;
using MemberCard.Application.Common.WeChat;

/// <summary>
/// Verifies and opens the Official Account's pushes. With an EncodingAESKey configured only safe-mode
/// (<c>encrypt_type=aes</c>, which compatible mode also sends) is accepted, so a leaked Token alone cannot
/// forge a plaintext event; without one, only plaintext mode is.
/// </summary>
public sealed class WeChatCallbackCodec : IWeChatCallbackCodec
{
    /// <summary>Largest body accepted; read at most this many bytes (+1 to detect overflow) from the request.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// WeChat re-sends an unanswered push (about 3 times, 5 s apart) and may reuse its timestamp, and neither
    /// clock is perfect: ±10 minutes absorbs both while keeping the replay window short. Replays inside it are
    /// harmless because events are deduplicated on their identity (keep dedupe keys at least this long).
    /// </summary>
    public static readonly TimeSpan DefaultMaxClockSkew = TimeSpan.FromMinutes(10);

    private readonly string _token;
    private readonly WeChatMessageCrypto? _crypto;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _maxClockSkew;

    public WeChatCallbackCodec(string token, string? encodingAesKey, string appId, TimeProvider timeProvider, TimeSpan? maxClockSkew = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _token = token;
        _crypto = string.IsNullOrEmpty(encodingAesKey) ? null : new WeChatMessageCrypto(encodingAesKey, appId);
        _timeProvider = timeProvider;
        _maxClockSkew = maxClockSkew ?? DefaultMaxClockSkew;
    }

    public bool VerifyUrl(string? signature, string? timestamp, string? nonce) =>
        timestamp is not null && nonce is not null && WeChatSignature.Verify(signature, _token, timestamp, nonce);

    public WeChatInboundMessage Open(WeChatCallbackRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.Timestamp) || string.IsNullOrEmpty(request.Nonce))
        {
            throw Forged("timestamp or nonce is missing.");
        }

        EnsureFresh(request.Timestamp);
        if (request.Body.Length > MaxBodyBytes || Encoding.UTF8.GetByteCount(request.Body) > MaxBodyBytes)
        {
            throw Malformed($"The body exceeds {MaxBodyBytes} bytes.");
        }

        return request.EncryptType switch
        {
            "aes" => OpenEncrypted(request, request.Timestamp, request.Nonce),
            null or "" or "raw" => OpenPlain(request, request.Timestamp, request.Nonce),
            _ => throw Malformed("encrypt_type is not supported."),
        };
    }

    private WeChatInboundMessage OpenPlain(WeChatCallbackRequest request, string timestamp, string nonce)
    {
        if (_crypto is not null)
        {
            throw Forged("plaintext pushes are refused while an EncodingAESKey is configured.");
        }

        if (!WeChatSignature.Verify(request.Signature, _token, timestamp, nonce))
        {
            throw Forged("signature does not match.");
        }

        return WeChatMessageParser.Parse(request.Body);
    }

    private WeChatInboundMessage OpenEncrypted(WeChatCallbackRequest request, string timestamp, string nonce)
    {
        if (_crypto is null)
        {
            throw Malformed("an encrypted push arrived but no EncodingAESKey is configured.");
        }

        var envelope = WeChatMessageParser.ReadFields(request.Body);
        if (!envelope.TryGetValue("Encrypt", out var encrypted) || encrypted.Length == 0)
        {
            throw Malformed("Encrypt is missing.");
        }

        if (!WeChatSignature.Verify(request.MsgSignature, _token, timestamp, nonce, encrypted))
        {
            throw Forged("msg_signature does not match.");
        }

        return WeChatMessageParser.Parse(_crypto.Decrypt(encrypted));
    }

    private void EnsureFresh(string timestamp)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            throw Forged("timestamp is not a number.");
        }

        var age = _timeProvider.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > _maxClockSkew)
        {
            throw Forged("timestamp is outside the accepted window.");
        }
    }

    private static WeChatCallbackRejectedException Forged(string reason) => new(reason, badSignature: true);

    private static WeChatCallbackRejectedException Malformed(string reason) => new(reason, badSignature: false);
}
