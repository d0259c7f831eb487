namespace MemberCard.Infrastructure.UnitTests.WeChat.Callback;

using System.Text;
using MemberCard.Application.Common.WeChat;
using MemberCard.Infrastructure.WeChat.Callback;

public sealed class WeChatMessageCryptoTests
{
    private readonly WeChatMessageCrypto _crypto = new(WeChatSamples.EncodingAesKey, WeChatSamples.AppId);

    [Fact]
    public void Decrypt_WhenGivenPublishedPush_ReturnsTheDocumentedMessage()
    {
        var message = _crypto.Decrypt(WeChatSamples.PushEncrypt);

        message.ShouldBe(WeChatSamples.PushPlaintext);
    }

    [Fact]
    public void Encrypt_WhenGivenPublishedReplyAndPrefix_ReturnsTheDocumentedCiphertext()
    {
        var prefix = Encoding.ASCII.GetBytes(WeChatSamples.ReplyRandomPrefix);

        var encrypted = _crypto.Encrypt(WeChatSamples.ReplyMessage, prefix);

        encrypted.ShouldBe(WeChatSamples.ReplyEncrypt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("{\"Event\":\"user_get_card\",\"OuterStr\":\"积分\"}")]
    public void Decrypt_WhenGivenOwnEncryption_RoundTrips(string message)
    {
        var encrypted = _crypto.Encrypt(message);

        var decrypted = _crypto.Decrypt(encrypted);

        decrypted.ShouldBe(message);
    }

    [Fact]
    public void Encrypt_WhenContentFillsWholeBlocks_AddsAFullBlockOfPaddingValue32()
    {
        // 16 random + 4 length + 26 message + 18 AppID = 64 bytes: a whole number of 32-byte blocks.
        var message = new string('m', 64 - 16 - 4 - WeChatSamples.AppId.Length);

        var encrypted = _crypto.Encrypt(message);

        Convert.FromBase64String(encrypted).Length.ShouldBe(96);
        _crypto.Decrypt(encrypted).ShouldBe(message);
    }

    [Fact]
    public void Decrypt_WhenEncryptedForAnotherAppId_RejectsAsForged()
    {
        var other = new WeChatMessageCrypto(WeChatSamples.EncodingAesKey, "wx0000000000000000");

        var exception = Should.Throw<WeChatCallbackRejectedException>(() => other.Decrypt(WeChatSamples.PushEncrypt));

        exception.BadSignature.ShouldBeTrue();
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("AAAA")]
    [InlineData("")]
    public void Decrypt_WhenNotACiphertext_RejectsAsMalformed(string encrypted)
    {
        var exception = Should.Throw<WeChatCallbackRejectedException>(() => _crypto.Decrypt(encrypted));

        exception.BadSignature.ShouldBeFalse();
    }

    [Fact]
    public void Decrypt_WhenLastBlockTampered_Rejects()
    {
        var cipher = Convert.FromBase64String(WeChatSamples.PushEncrypt);
        cipher[^1] ^= 0x5A;
        var tampered = Convert.ToBase64String(cipher);

        Should.Throw<WeChatCallbackRejectedException>(() => _crypto.Decrypt(tampered));
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!")]
    public void Constructor_WhenKeyIsNotA43CharacterBase64Key_Throws(string key)
    {
        Should.Throw<ArgumentException>(() => new WeChatMessageCrypto(key, WeChatSamples.AppId));
    }
}
