namespace MemberCard.Infrastructure.UnitTests.WeChat.Callback;

/// <summary>Sample values published in WeChat's message-push documentation (see docs: wechat.md).</summary>
public static class WeChatSamples
{
    public const string Token = "AAAAA";
    public const string EncodingAesKey = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    public const string AppId = "wxba5fad812f8e6fb9";

    public const string UrlTimestamp = "1714036504";
    public const string UrlNonce = "1514711492";
    public const string UrlSignature = "f464b24fc39322e44b38aa78f5edd27bd1441696";

    public const string PushTimestamp = "1714112445";
    public const string PushNonce = "415670741";
    public const string PushMsgSignature = "046e02f8204d34f8ba5fa3b1db94908f3df2e9b3";
    public const string PushEncrypt =
        "+qdx1OKCy+5JPCBFWw70tm0fJGb2Jmeia4FCB7kao+/Q5c/ohsOzQHi8khUOb05JCpj0JB4RvQMkUyus8TPxLKJGQqcvZqzDpVzazhZv6JsXUnnR8XGT740XgXZUXQ7vJVnAG+tE8NUd4yFyjPy7GgiaviNrlCTj+l5kdfMuFUPpRSrfMZuMcp3Fn2Pede2IuQrKEYwKSqFIZoNqJ4M8EajAsjLY2km32IIjdf8YL/P50F7mStwntrA2cPDrM1kb6mOcfBgRtWygb3VIYnSeOBrebufAlr7F9mFUPAJGj04=";
    public const string PushPlaintext =
        """{"ToUserName":"gh_97417a04a28d","FromUserName":"o9AgO5Kd5ggOC-bXrbNODIiE3bGY","CreateTime":1714112445,"MsgType":"event","Event":"debug_demo","debug_str":"hello world"}""";

    public const string ReplyMessage = """{"demo_resp":"good luck"}""";
    public const string ReplyRandomPrefix = "707722b803182950";
    public const string ReplyEncrypt = "ELGduP2YcVatjqIS+eZbp80MNLoAUWvzzyJxgGzxZO/5sAvd070Bs6qrLARC9nVHm48Y4hyRbtzve1L32tmxSQ==";
    public const string ReplyTimestamp = "1713424427";
    public const string ReplyNonce = "415670741";
    public const string ReplyMsgSignature = "1b9339964ed2e271e7c7b6ff2b0ef902fc94dea1";

    public static DateTimeOffset PushTime => DateTimeOffset.FromUnixTimeSeconds(long.Parse(PushTimestamp, System.Globalization.CultureInfo.InvariantCulture));
}
