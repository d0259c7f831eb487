namespace MemberCard.Infrastructure.UnitTests.WeChat.Callback;

using System.Globalization;
using MemberCard.Application.Common.WeChat;
using MemberCard.Infrastructure.WeChat.Callback;

public sealed class WeChatCallbackCodecTests
{
    private const string Nonce = "1029384756";

    private static readonly string SafeModeXml =
        $"<xml><ToUserName><![CDATA[gh_97417a04a28d]]></ToUserName><Encrypt><![CDATA[{WeChatSamples.PushEncrypt}]]></Encrypt></xml>";

    private readonly ManualTimeProvider _clock = new(WeChatSamples.PushTime);

    [Fact]
    public void VerifyUrl_WhenGivenPublishedUrlCheck_Accepts()
    {
        var codec = PlainCodec();

        var valid = codec.VerifyUrl(WeChatSamples.UrlSignature, WeChatSamples.UrlTimestamp, WeChatSamples.UrlNonce);

        valid.ShouldBeTrue();
    }

    [Theory]
    [InlineData("f464b24fc39322e44b38aa78f5edd27bd1441697", WeChatSamples.UrlTimestamp, WeChatSamples.UrlNonce)]
    [InlineData(WeChatSamples.UrlSignature, "1714036505", WeChatSamples.UrlNonce)]
    [InlineData(WeChatSamples.UrlSignature, WeChatSamples.UrlTimestamp, null)]
    [InlineData(null, WeChatSamples.UrlTimestamp, WeChatSamples.UrlNonce)]
    public void VerifyUrl_WhenForgedOrIncomplete_Refuses(string? signature, string? timestamp, string? nonce)
    {
        var codec = PlainCodec();

        var valid = codec.VerifyUrl(signature, timestamp, nonce);

        valid.ShouldBeFalse();
    }

    [Fact]
    public void Open_WhenGivenPublishedSafeModePush_DecryptsAndParsesIt()
    {
        var codec = SafeCodec();
        var request = new WeChatCallbackRequest(null, WeChatSamples.PushTimestamp, WeChatSamples.PushNonce, "aes", WeChatSamples.PushMsgSignature, SafeModeXml);

        var message = codec.Open(request);

        message.ToUserName.ShouldBe("gh_97417a04a28d");
        message.FromUserName.ShouldBe("o9AgO5Kd5ggOC-bXrbNODIiE3bGY");
        message.CreateTime.ShouldBe(1714112445);
        message.MsgType.ShouldBe("event");
        message.Event.ShouldBe("debug_demo");
        message.Field("debug_str").ShouldBe("hello world");
    }

    [Fact]
    public void Open_WhenSafeModeEnvelopeIsJson_DecryptsIt()
    {
        var codec = SafeCodec();
        var body = $$"""{"ToUserName":"gh_97417a04a28d","Encrypt":"{{WeChatSamples.PushEncrypt}}"}""";
        var request = new WeChatCallbackRequest(null, WeChatSamples.PushTimestamp, WeChatSamples.PushNonce, "aes", WeChatSamples.PushMsgSignature, body);

        var message = codec.Open(request);

        message.Event.ShouldBe("debug_demo");
    }

    [Fact]
    public void Open_WhenEnvelopeHasSpacesAroundEncrypt_VerifiesTheTrimmedValue()
    {
        var codec = SafeCodec();
        var body = $"<xml> <ToUserName> <![CDATA[gh_97417a04a28d]]> </ToUserName>\n <Encrypt> <![CDATA[{WeChatSamples.PushEncrypt}]]> </Encrypt> </xml>";
        var request = new WeChatCallbackRequest(null, WeChatSamples.PushTimestamp, WeChatSamples.PushNonce, "aes", WeChatSamples.PushMsgSignature, body);

        var message = codec.Open(request);

        message.Event.ShouldBe("debug_demo");
    }

    [Theory]
    [InlineData("046e02f8204d34f8ba5fa3b1db94908f3df2e9b4")]
    [InlineData(null)]
    public void Open_WhenMsgSignatureForged_RejectsAsBadSignature(string? msgSignature)
    {
        var codec = SafeCodec();
        var request = new WeChatCallbackRequest(null, WeChatSamples.PushTimestamp, WeChatSamples.PushNonce, "aes", msgSignature, SafeModeXml);

        var exception = Should.Throw<WeChatCallbackRejectedException>(() => codec.Open(request));

        exception.BadSignature.ShouldBeTrue();
    }

    [Fact]
    public void Open_WhenSafeModePushForAnotherAppId_RejectsAsBadSignature()
    {
        var codec = new WeChatCallbackCodec(WeChatSamples.Token, WeChatSamples.EncodingAesKey, "wx0000000000000000", _clock);
        var request = new WeChatCallbackRequest(null, WeChatSamples.PushTimestamp, WeChatSamples.PushNonce, "aes", WeChatSamples.PushMsgSignature, SafeModeXml);

        var exception = Should.Throw<WeChatCallbackRejectedException>(() => codec.Open(request));

        exception.BadSignature.ShouldBeTrue();
    }

    [Fact]
    public void Open_WhenPlaintextPushArrivesWhileKeyConfigured_RejectsAsBadSignature()
    {
        var codec = SafeCodec();
        var request = SignedPlain(UserGetCardXml(), WeChatSamples.PushTimestamp);

        var exception = Should.Throw<WeChatCallbackRejectedException>(() => codec.Open(request));

        exception.BadSignature.ShouldBeTrue();
    }

    [Fact]
    public void Open_WhenEncryptedPushArrivesWithoutKey_RejectsAsMalformed()
    {
        var codec = PlainCodec();
        var request = new WeChatCallbackRequest(null, WeChatSamples.PushTimestamp, WeChatSamples.PushNonce, "aes", WeChatSamples.PushMsgSignature, SafeModeXml);

        var exception = Should.Throw<WeChatCallbackRejectedException>(() => codec.Open(request));

        exception.BadSignature.ShouldBeFalse();
    }

    [Fact]
    public void Open_WhenEnvelopeLacksEncrypt_RejectsAsMalformed()
    {
        var codec = SafeCodec();
        var request = new WeChatCallbackRequest(null, WeChatSamples.PushTimestamp, WeChatSamples.PushNonce, "aes", WeChatSamples.PushMsgSignature, "<xml><ToUserName>gh_1</ToUserName></xml>");

        var exception = Should.Throw<WeChatCallbackRejectedException>(() => codec.Open(request));

        exception.BadSignature.ShouldBeFalse();
    }

    [Fact]
    public void Open_WhenPlaintextPushSigned_ParsesTrimmedFields()
    {
        var codec = PlainCodec();
        var request = SignedPlain(UserGetCardXml(), WeChatSamples.PushTimestamp);

        var message = codec.Open(request);

        message.Event.ShouldBe("user_get_card");
        message.Field("UserCardCode").ShouldBe("226009850808");
        message.Field("OuterStr").ShouldBe("app-42");
    }

    [Fact]
    public void Open_WhenPlaintextSignatureForged_RejectsAsBadSignature()
    {
        var codec = PlainCodec();
        var request = SignedPlain(UserGetCardXml(), WeChatSamples.PushTimestamp) with { Signature = new string('0', 40) };

        var exception = Should.Throw<WeChatCallbackRejectedException>(() => codec.Open(request));

        exception.BadSignature.ShouldBeTrue();
    }

    [Fact]
    public void Open_WhenSignedForAnotherToken_RejectsAsBadSignature()
    {
        var codec = PlainCodec();
        var request = SignedPlain(UserGetCardXml(), WeChatSamples.PushTimestamp, token: "BBBBB");

        var exception = Should.Throw<WeChatCallbackRejectedException>(() => codec.Open(request));

        exception.BadSignature.ShouldBeTrue();
    }

    [Theory]
    [InlineData(-11)]
    [InlineData(11)]
    public void Open_WhenTimestampOutsideTenMinutes_RejectsAsBadSignature(int minutes)
    {
        var codec = PlainCodec();
        var timestamp = _clock.GetUtcNow().AddMinutes(minutes).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = SignedPlain(UserGetCardXml(), timestamp);

        var exception = Should.Throw<WeChatCallbackRejectedException>(() => codec.Open(request));

        exception.BadSignature.ShouldBeTrue();
    }

    [Theory]
    [InlineData(-9)]
    [InlineData(9)]
    public void Open_WhenTimestampWithinTenMinutes_Accepts(int minutes)
    {
        var codec = PlainCodec();
        var timestamp = _clock.GetUtcNow().AddMinutes(minutes).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = SignedPlain(UserGetCardXml(), timestamp);

        var message = codec.Open(request);

        message.Event.ShouldBe("user_get_card");
    }

    [Theory]
    [InlineData(null, Nonce)]
    [InlineData("", Nonce)]
    [InlineData("soon", Nonce)]
    [InlineData("99999999999999999999", Nonce)]
    [InlineData(WeChatSamples.PushTimestamp, null)]
    public void Open_WhenTimestampOrNonceMissingOrInvalid_RejectsAsBadSignature(string? timestamp, string? nonce)
    {
        var codec = PlainCodec();
        var request = new WeChatCallbackRequest(new string('0', 40), timestamp, nonce, null, null, UserGetCardXml());

        var exception = Should.Throw<WeChatCallbackRejectedException>(() => codec.Open(request));

        exception.BadSignature.ShouldBeTrue();
    }

    [Fact]
    public void Open_WhenBodyOversized_RejectsAsMalformed()
    {
        var codec = PlainCodec();
        var padding = new string(' ', WeChatCallbackCodec.MaxBodyBytes);
        var request = SignedPlain(UserGetCardXml().Replace("</xml>", padding + "</xml>", StringComparison.Ordinal), WeChatSamples.PushTimestamp);

        var exception = Should.Throw<WeChatCallbackRejectedException>(() => codec.Open(request));

        exception.BadSignature.ShouldBeFalse();
    }

    [Fact]
    public void Open_WhenMultiByteBodyExceedsBoundInBytes_RejectsAsMalformed()
    {
        var codec = PlainCodec();
        var chinese = new string('积', (WeChatCallbackCodec.MaxBodyBytes / 3) + 1);
        var request = SignedPlain(UserGetCardXml().Replace("app-42", chinese, StringComparison.Ordinal), WeChatSamples.PushTimestamp);

        var exception = Should.Throw<WeChatCallbackRejectedException>(() => codec.Open(request));

        exception.BadSignature.ShouldBeFalse();
    }

    [Theory]
    [InlineData("<xml><ToUserName>gh_1</ToUserName>")]
    [InlineData("<!DOCTYPE xml [<!ENTITY a \"aaaa\">]><xml><ToUserName>&a;</ToUserName><FromUserName>o</FromUserName><CreateTime>1</CreateTime><MsgType>event</MsgType></xml>")]
    [InlineData("")]
    public void Open_WhenSignedBodyMalformed_RejectsAsMalformed(string body)
    {
        var codec = PlainCodec();
        var request = SignedPlain(body, WeChatSamples.PushTimestamp);

        var exception = Should.Throw<WeChatCallbackRejectedException>(() => codec.Open(request));

        exception.BadSignature.ShouldBeFalse();
    }

    [Fact]
    public void Open_WhenEncryptTypeUnknown_RejectsAsMalformed()
    {
        var codec = PlainCodec();
        var request = SignedPlain(UserGetCardXml(), WeChatSamples.PushTimestamp) with { EncryptType = "des" };

        var exception = Should.Throw<WeChatCallbackRejectedException>(() => codec.Open(request));

        exception.BadSignature.ShouldBeFalse();
    }

    private static string UserGetCardXml() => $"""
        <xml> <ToUserName> <![CDATA[gh_fc0a06a20993]]> </ToUserName>
        <FromUserName> <![CDATA[oZI8Fj040-be6rlDohc6gkoPOQTQ]]> </FromUserName>
        <CreateTime>{WeChatSamples.PushTimestamp}</CreateTime>
        <MsgType> <![CDATA[event]]> </MsgType>
        <Event> <![CDATA[user_get_card]]> </Event>
        <CardId> <![CDATA[pZI8Fjwsy5fVPRBeD78J4RmqVvBc]]> </CardId>
        <UserCardCode> <![CDATA[226009850808]]> </UserCardCode>
        <OuterStr> <![CDATA[app-42]]> </OuterStr>
        </xml>
        """;

    private static WeChatCallbackRequest SignedPlain(string body, string timestamp, string token = WeChatSamples.Token) =>
        new(WeChatSignature.Compute(token, timestamp, Nonce), timestamp, Nonce, null, null, body);

    private WeChatCallbackCodec PlainCodec() => new(WeChatSamples.Token, null, WeChatSamples.AppId, _clock);

    private WeChatCallbackCodec SafeCodec() => new(WeChatSamples.Token, WeChatSamples.EncodingAesKey, WeChatSamples.AppId, _clock);
}
