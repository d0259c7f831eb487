namespace MemberCard.WeChatSimulator;

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

/// <summary>
/// WeChat's safe-mode message encryption: AES-256-CBC, IV = first 16 bytes of the key, plaintext = 16 random
/// bytes + 4-byte big-endian length + message + AppID, PKCS#7 padded to 32-byte blocks. The padding is done by
/// hand because .NET's PKCS7 mode pads to the 16-byte AES block and rejects pad values above 16.
/// </summary>
public sealed class WeChatMessageCrypto
{
    public const int RandomPrefixLength = 16;

    private const int PaddingBlockSize = 32;
    private const int LengthSize = 4;
    private const int HeaderSize = RandomPrefixLength + LengthSize;
    private const int IvSize = 16;

    private readonly byte[] _key;
    private readonly byte[] _appId;

    public WeChatMessageCrypto(string encodingAesKey, string appId)
    {
        ArgumentNullException.ThrowIfNull(encodingAesKey);
        ArgumentException.ThrowIfNullOrEmpty(appId);
        if (encodingAesKey.Length != SimulatorSettings.EncodingAesKeyLength)
        {
            throw new ArgumentException($"EncodingAesKey must be {SimulatorSettings.EncodingAesKeyLength} characters.", nameof(encodingAesKey));
        }

        _key = Convert.FromBase64String(encodingAesKey + "=");
        _appId = Encoding.UTF8.GetBytes(appId);
    }

    public string Encrypt(string message) => Encrypt(message, RandomNumberGenerator.GetBytes(RandomPrefixLength));

    /// <summary>Encrypts with a given random prefix, so WeChat's published sample can be reproduced exactly.</summary>
    public string Encrypt(string message, ReadOnlySpan<byte> randomPrefix)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (randomPrefix.Length != RandomPrefixLength)
        {
            throw new ArgumentException($"The random prefix must be {RandomPrefixLength} bytes.", nameof(randomPrefix));
        }

        var body = Encoding.UTF8.GetBytes(message);
        var unpadded = HeaderSize + body.Length + _appId.Length;
        var padding = PaddingBlockSize - (unpadded % PaddingBlockSize);
        var plain = new byte[unpadded + padding];
        randomPrefix.CopyTo(plain);
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(RandomPrefixLength), body.Length);
        body.CopyTo(plain, HeaderSize);
        _appId.CopyTo(plain, HeaderSize + body.Length);
        plain.AsSpan(unpadded).Fill((byte)padding);

        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _key.AsSpan(0, IvSize), PaddingMode.None));
    }

    /// <summary>Decrypts an <c>Encrypt</c> value; throws <see cref="CryptographicException"/> when it is malformed or for another AppID.</summary>
    public string Decrypt(string encrypted)
    {
        ArgumentNullException.ThrowIfNull(encrypted);

        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(encrypted);
        }
        catch (FormatException exception)
        {
            throw new CryptographicException("The encrypted message is not Base64.", exception);
        }

        if (cipher.Length == 0 || cipher.Length % IvSize != 0)
        {
            throw new CryptographicException("The encrypted message is not a whole number of AES blocks.");
        }

        using var aes = Aes.Create();
        aes.Key = _key;
        var plain = aes.DecryptCbc(cipher, _key.AsSpan(0, IvSize), PaddingMode.None);

        int padding = plain[^1];
        if (padding is < 1 or > PaddingBlockSize || plain.Length - padding < HeaderSize)
        {
            throw new CryptographicException("The encrypted message has invalid padding.");
        }

        var content = plain.AsSpan(0, plain.Length - padding);
        var length = BinaryPrimitives.ReadInt32BigEndian(content[RandomPrefixLength..]);
        if (length < 0 || length > content.Length - HeaderSize)
        {
            throw new CryptographicException("The encrypted message has an invalid length.");
        }

        var appId = content[(HeaderSize + length)..];
        if (!CryptographicOperations.FixedTimeEquals(appId, _appId))
        {
            throw new CryptographicException("The encrypted message is for another AppID.");
        }

        return Encoding.UTF8.GetString(content.Slice(HeaderSize, length));
    }
}
