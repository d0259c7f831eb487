namespace MemberCard.Infrastructure.UnitTests.WeChat.Client;

using MemberCard.Application.Common.WeChat;
using MemberCard.Infrastructure.WeChat.Client;

public sealed class WeChatErrorCodesTests
{
    [Theory]
    [InlineData(-1, WeChatErrorKind.Busy)]
    [InlineData(40001, WeChatErrorKind.InvalidToken)]
    [InlineData(40014, WeChatErrorKind.InvalidToken)]
    [InlineData(42001, WeChatErrorKind.InvalidToken)]
    [InlineData(45011, WeChatErrorKind.RateLimited)]
    [InlineData(45009, WeChatErrorKind.QuotaExceeded)]
    [InlineData(40029, WeChatErrorKind.InvalidCode)]
    [InlineData(40163, WeChatErrorKind.InvalidCode)]
    [InlineData(40226, WeChatErrorKind.RiskyUser)]
    [InlineData(40056, WeChatErrorKind.InvalidCardCode)]
    [InlineData(40116, WeChatErrorKind.InvalidCardCode)]
    [InlineData(40127, WeChatErrorKind.CardUnavailable)]
    [InlineData(41011, WeChatErrorKind.MissingField)]
    [InlineData(43010, WeChatErrorKind.NoPermission)]
    [InlineData(48001, WeChatErrorKind.NoPermission)]
    [InlineData(43101, WeChatErrorKind.NoSubscription)]
    [InlineData(40125, WeChatErrorKind.Configuration)]
    [InlineData(40013, WeChatErrorKind.Configuration)]
    [InlineData(40164, WeChatErrorKind.Configuration)]
    [InlineData(40079, WeChatErrorKind.Other)]
    [InlineData(99999, WeChatErrorKind.Other)]
    public void ToKind_WhenErrcodeKnown_MapsToItsMeaning(int errorCode, WeChatErrorKind expected)
    {
        var kind = WeChatErrorCodes.ToKind(errorCode);

        kind.ShouldBe(expected);
    }
}
