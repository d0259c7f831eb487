namespace MemberCard.WeChatSimulator.Model;

/// <summary>The WeChat errcodes the simulator answers with.</summary>
internal static class ErrCode
{
    public const int Ok = 0;
    public const int SystemBusy = -1;
    public const int InvalidCredential = 40001;
    public const int InvalidGrantType = 40002;
    public const int InvalidOpenId = 40003;
    public const int InvalidAppId = 40013;
    public const int InvalidCode = 40029;
    public const int InvalidTemplateId = 40037;
    public const int InvalidCardCode = 40056;
    public const int InvalidAppSecret = 40125;
    public const int CardDeletedOrGifting = 40127;
    public const int CodeUsed = 40163;
    public const int MissingAccessToken = 41001;
    public const int MissingAppId = 41002;
    public const int MissingSecret = 41004;
    public const int MissingCode = 41008;
    public const int MissingField = 41011;
    public const int AccessTokenExpired = 42001;
    public const int SubscriptionRefused = 43101;
    public const int RateLimited = 45011;
    public const int DataFormatError = 47001;

    public static string Message(int errCode) => errCode switch
    {
        Ok => "ok",
        SystemBusy => "system error",
        InvalidCredential => "invalid credential, access_token is invalid or not latest",
        InvalidGrantType => "invalid grant_type",
        InvalidOpenId => "invalid openid",
        InvalidAppId => "invalid appid",
        InvalidCode => "invalid code",
        InvalidTemplateId => "invalid template_id",
        InvalidCardCode => "invalid serial code",
        InvalidAppSecret => "invalid appsecret",
        CardDeletedOrGifting => "user card is unavailable, deleted or being gifted",
        CodeUsed => "code been used",
        MissingAccessToken => "access_token missing",
        MissingAppId => "appid missing",
        MissingSecret => "appsecret missing",
        MissingCode => "missing code",
        MissingField => "missing required fields",
        AccessTokenExpired => "access_token expired",
        SubscriptionRefused => "user refuse to accept the msg",
        RateLimited => "api minute-quota reach limit, must slower, retry next minute",
        DataFormatError => "data format error",
        _ => "error",
    };
}
