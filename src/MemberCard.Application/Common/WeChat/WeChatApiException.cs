namespace MemberCard.Application.Common.WeChat;

/// <summary>
/// WeChat answered with a non-zero <c>errcode</c>, or could not be reached (<see cref="ErrorCode"/> is then
/// <c>null</c> and <see cref="Kind"/> is <see cref="WeChatErrorKind.Busy"/>). <c>errmsg</c> is kept for logs
/// only; logic keys on <see cref="Kind"/>.
/// </summary>
public sealed class WeChatApiException : Exception
{
    public WeChatApiException(string endpoint, int? errorCode, WeChatErrorKind kind, string message, Exception? inner = null)
        : base(message, inner)
    {
        Endpoint = endpoint;
        ErrorCode = errorCode;
        Kind = kind;
    }

    /// <summary>The WeChat path called, e.g. <c>/card/membercard/updateuser</c> (never with query or token).</summary>
    public string Endpoint { get; }

    public int? ErrorCode { get; }

    public WeChatErrorKind Kind { get; }

    /// <summary>Worth trying again later (busy, rate limited, transport failure).</summary>
    public bool IsTransient => Kind is WeChatErrorKind.Busy or WeChatErrorKind.RateLimited or WeChatErrorKind.QuotaExceeded;
}
