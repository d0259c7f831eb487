namespace MemberCard.Application.Common.WeChat;

/// <summary>What a WeChat <c>errcode</c> means for the caller: whether to retry, refresh, or give up.</summary>
public enum WeChatErrorKind
{
    /// <summary>-1 "system busy" or a transport failure/timeout: retry later with backoff.</summary>
    Busy,

    /// <summary>40001 / 40014 / 42001: the access token is invalid or expired; refresh once and retry.</summary>
    InvalidToken,

    /// <summary>45011 per-minute limit: retry later.</summary>
    RateLimited,

    /// <summary>45009 daily quota used up: retry tomorrow at the earliest.</summary>
    QuotaExceeded,

    /// <summary>40029 (and 40163 used code): the login / phone code is invalid.</summary>
    InvalidCode,

    /// <summary>40226: WeChat considers the user risky and refuses the login.</summary>
    RiskyUser,

    /// <summary>40056 / 40116: the card code is unknown.</summary>
    InvalidCardCode,

    /// <summary>40127: the card was deleted by the user or is being gifted.</summary>
    CardUnavailable,

    /// <summary>41011: a required field is missing (our bug).</summary>
    MissingField,

    /// <summary>43010 and other permission errors.</summary>
    NoPermission,

    /// <summary>43101: the user has no subscribe-message acceptance left.</summary>
    NoSubscription,

    /// <summary>Activation ticket or similar short-lived credential expired.</summary>
    Expired,

    /// <summary>40125 / 40013 / 40164 and the like: our AppID, secret or IP whitelist is wrong (configuration).</summary>
    Configuration,

    /// <summary>Any other errcode: not retried.</summary>
    Other,
}
