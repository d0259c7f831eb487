namespace MemberCard.Infrastructure.UnitTests.WeChat.Callback;

using MemberCard.Infrastructure.WeChat.Callback;

public sealed class WeChatSignatureTests
{
    [Fact]
    public void Compute_WhenGivenPublishedUrlCheck_MatchesWeChatsSignature()
    {
        var signature = WeChatSignature.Compute(WeChatSamples.Token, WeChatSamples.UrlTimestamp, WeChatSamples.UrlNonce);

        signature.ShouldBe(WeChatSamples.UrlSignature);
    }

    [Fact]
    public void Compute_WhenGivenPublishedSafeModePush_MatchesWeChatsMsgSignature()
    {
        var signature = WeChatSignature.Compute(WeChatSamples.Token, WeChatSamples.PushTimestamp, WeChatSamples.PushNonce, WeChatSamples.PushEncrypt);

        signature.ShouldBe(WeChatSamples.PushMsgSignature);
    }

    [Fact]
    public void Compute_WhenGivenPublishedReply_MatchesWeChatsMsgSignature()
    {
        var signature = WeChatSignature.Compute(WeChatSamples.Token, WeChatSamples.ReplyTimestamp, WeChatSamples.ReplyNonce, WeChatSamples.ReplyEncrypt);

        signature.ShouldBe(WeChatSamples.ReplyMsgSignature);
    }

    [Fact]
    public void Compute_WhenPartsReordered_GivesTheSameSignature()
    {
        var signature = WeChatSignature.Compute(WeChatSamples.UrlNonce, WeChatSamples.Token, WeChatSamples.UrlTimestamp);

        signature.ShouldBe(WeChatSamples.UrlSignature);
    }

    [Theory]
    [InlineData(WeChatSamples.UrlSignature, true)]
    [InlineData("F464B24FC39322E44B38AA78F5EDD27BD1441696", true)]
    [InlineData("f464b24fc39322e44b38aa78f5edd27bd1441697", false)]
    [InlineData("f464b24fc39322e44b38aa78f5edd27bd144169", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Verify_WhenGivenReceivedSignature_AcceptsOnlyTheRightOne(string? received, bool expected)
    {
        var valid = WeChatSignature.Verify(received, WeChatSamples.Token, WeChatSamples.UrlTimestamp, WeChatSamples.UrlNonce);

        valid.ShouldBe(expected);
    }
}
