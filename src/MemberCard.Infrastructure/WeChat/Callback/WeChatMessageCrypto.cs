namespace MemberCard.Infrastructure.WeChat.Callback;

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using MemberCard.Application.Common.WeChat;

/// <summary>
/// Safe-mode message encryption of the Official Account push: AES-256-CBC with key = Base64(EncodingAESKey + "="),
/// IV = the key's first 16 bytes, PKCS#7 padding to 32-byte blocks (values up to 32, which .NET's PKCS7 mode
/// rejects, hence done by hand), plaintext = 16 random bytes + 4-byte big-endian length + message + AppID.
/// </summary>
public sealed class WeChatMessageCrypto
{
    public const int EncodingAesKeyLength = 43;

    private const int PadBlockSize = 32;
    private const int RandomLength = 16;
    private const int LengthFieldSize = 4;
    private const int AesBlockSize = 16;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _key;
    private readonly byte[] _iv;
    private readonly byte[] _appId;

    public WeChatMessageCrypto(string encodingAesKey, string appId)
    {
        if (encodingAesKey is not { Length: EncodingAesKeyLength })
        {
            throw new ArgumentException($"The EncodingAESKey has {EncodingAesKeyLength} characters.", nameof(encodingAesKey));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        try
        {
            _key = Convert.FromBase64String(encodingAesKey + "=");
        }
        catch (FormatException e)
        {
            throw new ArgumentException("The EncodingAESKey is not Base64.", nameof(encodingAesKey), e);
        }

        _iv = _key[..AesBlockSize];
        _appId = Encoding.UTF8.GetBytes(appId);
    }

    /// <summary>Opens an <c>Encrypt</c> value. Throws <see cref="WeChatCallbackRejectedException"/> when it is not ours.</summary>
    public string Decrypt(string encrypted)
    {
        ArgumentNullException.ThrowIfNull(encrypted);
        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(encrypted);
        }
        catch (FormatException)
        {
            throw Malformed("Encrypt is not Base64.");
        }

        if (cipher.Length == 0 || cipher.Length % PadBlockSize != 0)
        {
            throw Malformed("Encrypt has an invalid length.");
        }

        byte[] plain;
        using (var aes = Aes.Create())
        {
            aes.Key = _key;
            plain = aes.DecryptCbc(cipher, _iv, PaddingMode.None);
        }

        var content = plain.AsSpan(0, plain.Length - PaddingLength(plain));
        if (content.Length < RandomLength + LengthFieldSize)
        {
            throw Malformed("Encrypt is too short.");
        }

        var messageLength = BinaryPrimitives.ReadUInt32BigEndian(content.Slice(RandomLength, LengthFieldSize));
        var messageStart = RandomLength + LengthFieldSize;
        if (messageLength > (uint)(content.Length - messageStart))
        {
            throw Malformed("Encrypt carries an invalid message length.");
        }

        var message = content.Slice(messageStart, (int)messageLength);
        var appId = content[(messageStart + (int)messageLength)..];
        if (!appId.SequenceEqual(_appId))
        {
            throw new WeChatCallbackRejectedException("The message was encrypted for another AppID.", badSignature: true);
        }

        try
        {
            return StrictUtf8.GetString(message);
        }
        catch (DecoderFallbackException)
        {
            throw Malformed("The decrypted message is not UTF-8.");
        }
    }

    /// <summary>Encrypts a message (a safe-mode reply) with a fresh random prefix.</summary>
    public string Encrypt(string message) => Encrypt(message, RandomNumberGenerator.GetBytes(RandomLength));

    /// <summary>Encrypts with a given 16-byte prefix; deterministic, for reproducing WeChat's published samples.</summary>
    public string Encrypt(string message, ReadOnlySpan<byte> randomPrefix)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (randomPrefix.Length != RandomLength)
        {
            throw new ArgumentException($"The random prefix has {RandomLength} bytes.", nameof(randomPrefix));
        }

        var messageBytes = Encoding.UTF8.GetBytes(message);
        var contentLength = RandomLength + LengthFieldSize + messageBytes.Length + _appId.Length;
        var padding = PadBlockSize - (contentLength % PadBlockSize);
        var plain = new byte[contentLength + padding];
        randomPrefix.CopyTo(plain);
        BinaryPrimitives.WriteUInt32BigEndian(plain.AsSpan(RandomLength), (uint)messageBytes.Length);
        messageBytes.CopyTo(plain, RandomLength + LengthFieldSize);
        _appId.CopyTo(plain, RandomLength + LengthFieldSize + messageBytes.Length);
        plain.AsSpan(contentLength).Fill((byte)padding);

        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _iv, PaddingMode.None));
    }

    private static int PaddingLength(byte[] plain)
    {
        int padding = plain[^1];
        if (padding is < 1 or > PadBlockSize || padding > plain.Length)
        {
            throw Malformed("Encrypt has invalid padding.");
        }

        foreach (var b in plain.AsSpan(plain.Length - padding))
        {
            if (b != padding)
            {
                throw Malformed("Encrypt has invalid padding.");
            }
        }

        return padding;
    }

    private static WeChatCallbackRejectedException Malformed(string reason) => new(reason, badSignature: false);
}
