namespace MemberCard.WeChatSimulator.Tests;

using System.Security.Cryptography;
using System.Text;

/// <summary>Checked against the sample values published in WeChat's message-push documentation.</summary>
public sealed class WeChatMessageCryptoTests
{
    private const string SampleKey = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    private const string SampleAppId = "wxba5fad812f8e6fb9";

    [Fact]
    public void Encrypt_WhenGivenPublishedSampleInput_ProducesPublishedCiphertext()
    {
        var crypto = new WeChatMessageCrypto(SampleKey, SampleAppId);
        var randomPrefix = Encoding.ASCII.GetBytes("707722b803182950");

        var encrypted = crypto.Encrypt("{\"demo_resp\":\"good luck\"}", randomPrefix);

        encrypted.ShouldBe("ELGduP2YcVatjqIS+eZbp80MNLoAUWvzzyJxgGzxZO/5sAvd070Bs6qrLARC9nVHm48Y4hyRbtzve1L32tmxSQ==");
    }

    [Fact]
    public void Decrypt_WhenGivenPublishedSample_ReturnsPublishedMessage()
    {
        var crypto = new WeChatMessageCrypto(SampleKey, SampleAppId);
        const string encrypt = "+qdx1OKCy+5JPCBFWw70tm0fJGb2Jmeia4FCB7kao+/Q5c/ohsOzQHi8khUOb05JCpj0JB4RvQMkUyus8TPxLKJGQqcvZqzDpVzazhZv6JsXUnnR8XGT740XgXZUXQ7vJVnAG+tE8NUd4yFyjPy7GgiaviNrlCTj+l5kdfMuFUPpRSrfMZuMcp3Fn2Pede2IuQrKEYwKSqFIZoNqJ4M8EajAsjLY2km32IIjdf8YL/P50F7mStwntrA2cPDrM1kb6mOcfBgRtWygb3VIYnSeOBrebufAlr7F9mFUPAJGj04=";

        var message = crypto.Decrypt(encrypt);

        message.ShouldBe("{\"ToUserName\":\"gh_97417a04a28d\",\"FromUserName\":\"o9AgO5Kd5ggOC-bXrbNODIiE3bGY\",\"CreateTime\":1714112445,\"MsgType\":\"event\",\"Event\":\"debug_demo\",\"debug_str\":\"hello world\"}");
    }

    [Fact]
    public void Encrypt_WhenPlaintextFillsWholeBlocks_PadsAFull32ByteBlockAndDecrypts()
    {
        var crypto = new WeChatMessageCrypto(SampleKey, SampleAppId);
        var message = new string('x', 64 - 16 - 4 - SampleAppId.Length);

        var encrypted = crypto.Encrypt(message);

        Convert.FromBase64String(encrypted).Length.ShouldBe(64 + 32);
        crypto.Decrypt(encrypted).ShouldBe(message);
    }

    [Fact]
    public void Decrypt_WhenEncryptedForAnotherAppId_Throws()
    {
        var encrypted = new WeChatMessageCrypto(SampleKey, SampleAppId).Encrypt("<xml/>");
        var other = new WeChatMessageCrypto(SampleKey, "wx0000000000000000");

        Should.Throw<CryptographicException>(() => other.Decrypt(encrypted));
    }

    [Fact]
    public void Decrypt_WhenNotBase64_Throws()
    {
        var crypto = new WeChatMessageCrypto(SampleKey, SampleAppId);

        Should.Throw<CryptographicException>(() => crypto.Decrypt("not base64!"));
    }
}
