namespace MemberCard.Infrastructure.WeChat.Client;

using MemberCard.Application.Common.WeChat;

/// <summary>What WeChat's global <c>errcode</c>s mean for the caller.</summary>
internal static class WeChatErrorCodes
{
    public const int Busy = -1;

    public static WeChatErrorKind ToKind(int errorCode) => errorCode switch
    {
        Busy => WeChatErrorKind.Busy,
        40001 or 40014 or 42001 => WeChatErrorKind.InvalidToken,
        45011 => WeChatErrorKind.RateLimited,
        45009 => WeChatErrorKind.QuotaExceeded,
        40029 or 40163 => WeChatErrorKind.InvalidCode,
        40226 => WeChatErrorKind.RiskyUser,
        40056 or 40116 => WeChatErrorKind.InvalidCardCode,
        40127 => WeChatErrorKind.CardUnavailable,
        41011 => WeChatErrorKind.MissingField,
        43010 or 48001 => WeChatErrorKind.NoPermission,
        43101 => WeChatErrorKind.NoSubscription,
        40125 or 40013 or 40164 => WeChatErrorKind.Configuration,
        _ => WeChatErrorKind.Other,
    };
}
