namespace MemberCard.Infrastructure.UnitTests.WeChat.Callback;

using MemberCard.Application.Common.WeChat;
using MemberCard.Infrastructure.WeChat.Callback;

public sealed class WeChatMessageParserTests
{
    /// <summary>WeChat's own user_get_card sample, spaces around the CDATA sections included.</summary>
    private const string UserGetCard = """
        <xml> <ToUserName> <![CDATA[gh_fc0a06a20993]]> </ToUserName>
        <FromUserName> <![CDATA[oZI8Fj040-be6rlDohc6gkoPOQTQ]]> </FromUserName>
        <CreateTime>1472551036</CreateTime>
        <MsgType> <![CDATA[event]]> </MsgType>
        <Event> <![CDATA[user_get_card]]> </Event>
        <CardId> <![CDATA[pZI8Fjwsy5fVPRBeD78J4RmqVvBc]]> </CardId>
        <IsGiveByFriend>0</IsGiveByFriend>
        <UserCardCode> <![CDATA[226009850808]]> </UserCardCode>
        <FriendUserName> <![CDATA[]]> </FriendUserName>
        <OuterStr> <![CDATA[app-42]]> </OuterStr>
        <IsRestoreMemberCard>0</IsRestoreMemberCard>
        <UnionId> <![CDATA[o6_bmjrPTlm6_2sgVt7hMZOPfL2M]]> </UnionId>
        </xml>
        """;

    [Fact]
    public void Parse_WhenCdataHasSurroundingSpaces_TrimsEveryValue()
    {
        var message = WeChatMessageParser.Parse(UserGetCard);

        message.ToUserName.ShouldBe("gh_fc0a06a20993");
        message.FromUserName.ShouldBe("oZI8Fj040-be6rlDohc6gkoPOQTQ");
        message.CreateTime.ShouldBe(1472551036);
        message.MsgType.ShouldBe("event");
        message.Event.ShouldBe("user_get_card");
        message.Field("CardId").ShouldBe("pZI8Fjwsy5fVPRBeD78J4RmqVvBc");
        message.Field("UserCardCode").ShouldBe("226009850808");
        message.Field("OuterStr").ShouldBe("app-42");
        message.Field("UnionId").ShouldBe("o6_bmjrPTlm6_2sgVt7hMZOPfL2M");
        message.Field("FriendUserName").ShouldBeNull();
    }

    [Fact]
    public void Parse_WhenUnknownAndNestedElementsPresent_KeepsTopLevelTextOnly()
    {
        var body = """
            <xml><ToUserName>gh_1</ToUserName><FromUserName>o_1</FromUserName><CreateTime>1</CreateTime><MsgType>event</MsgType>
            <Event>user_view_card</Event><Brand>new</Brand>
            <ScanCodeInfo><ScanType>qrcode</ScanType><ScanResult>1</ScanResult></ScanCodeInfo><Empty/></xml>
            """;

        var message = WeChatMessageParser.Parse(body);

        message.Field("Brand").ShouldBe("new");
        message.Fields.ContainsKey("ScanType").ShouldBeFalse();
        message.Field("ScanCodeInfo").ShouldBeNull();
        message.Field("Empty").ShouldBeNull();
    }

    [Fact]
    public void Parse_WhenBodyIsJson_ReadsTopLevelScalars()
    {
        var message = WeChatMessageParser.Parse(WeChatSamples.PushPlaintext);

        message.ToUserName.ShouldBe("gh_97417a04a28d");
        message.CreateTime.ShouldBe(1714112445);
        message.Event.ShouldBe("debug_demo");
        message.Field("debug_str").ShouldBe("hello world");
    }

    [Fact]
    public void Parse_WhenEventMissing_LeavesEventNull()
    {
        var body = "<xml><ToUserName>gh_1</ToUserName><FromUserName>o_1</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>";

        var message = WeChatMessageParser.Parse(body);

        message.Event.ShouldBeNull();
    }

    [Theory]
    [InlineData("<xml><FromUserName>o_1</FromUserName><CreateTime>1</CreateTime><MsgType>event</MsgType></xml>")]
    [InlineData("<xml><ToUserName>gh_1</ToUserName><CreateTime>1</CreateTime><MsgType>event</MsgType></xml>")]
    [InlineData("<xml><ToUserName>gh_1</ToUserName><FromUserName>o_1</FromUserName><MsgType>event</MsgType></xml>")]
    [InlineData("<xml><ToUserName>gh_1</ToUserName><FromUserName>o_1</FromUserName><CreateTime>yesterday</CreateTime><MsgType>event</MsgType></xml>")]
    [InlineData("<xml><ToUserName>gh_1</ToUserName><FromUserName>o_1</FromUserName><CreateTime>1</CreateTime><MsgType> </MsgType></xml>")]
    [InlineData("<xml><ToUserName>gh_1</ToUserName><FromUserName>o_1</FromUserName><CreateTime>1</CreateTime><MsgType>event</MsgType>")]
    [InlineData("<xml><ToUserName>gh_1</ToUserName></xml><xml/>")]
    [InlineData("not xml")]
    [InlineData("   ")]
    [InlineData("{\"ToUserName\":")]
    [InlineData("[1,2]")]
    public void Parse_WhenMalformedOrIncomplete_RejectsAsMalformed(string body)
    {
        var exception = Should.Throw<WeChatCallbackRejectedException>(() => WeChatMessageParser.Parse(body));

        exception.BadSignature.ShouldBeFalse();
    }

    [Fact]
    public void Parse_WhenBodyDeclaresADtd_RejectsIt()
    {
        var body = """
            <?xml version="1.0"?>
            <!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <xml><ToUserName>&c;</ToUserName><FromUserName>o_1</FromUserName><CreateTime>1</CreateTime><MsgType>event</MsgType></xml>
            """;

        var exception = Should.Throw<WeChatCallbackRejectedException>(() => WeChatMessageParser.Parse(body));

        exception.BadSignature.ShouldBeFalse();
    }

    [Fact]
    public void Parse_WhenExternalEntityReferenced_RejectsIt()
    {
        var body = """
            <!DOCTYPE xml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <xml><ToUserName>&secret;</ToUserName><FromUserName>o_1</FromUserName><CreateTime>1</CreateTime><MsgType>event</MsgType></xml>
            """;

        Should.Throw<WeChatCallbackRejectedException>(() => WeChatMessageParser.Parse(body));
    }

    [Fact]
    public void Parse_WhenElementRepeated_KeepsTheFirst()
    {
        var body = "<xml><ToUserName>gh_1</ToUserName><FromUserName>o_1</FromUserName><FromUserName>o_2</FromUserName><CreateTime>1</CreateTime><MsgType>event</MsgType></xml>";

        var message = WeChatMessageParser.Parse(body);

        message.FromUserName.ShouldBe("o_1");
    }
}
