namespace MemberCard.WeChatSimulator.Tests;

/// <summary>Checked against the sample values published in WeChat's message-push documentation.</summary>
public sealed class WeChatSignatureTests
{
    [Fact]
    public void Compute_WhenGivenPublishedUrlCheckSample_MatchesPublishedSignature()
    {
        var signature = WeChatSignature.Compute("AAAAA", "1714036504", "1514711492");

        signature.ShouldBe("f464b24fc39322e44b38aa78f5edd27bd1441696");
    }

    [Fact]
    public void Compute_WhenGivenPublishedSafeModeSample_MatchesPublishedMsgSignature()
    {
        const string encrypt = "+qdx1OKCy+5JPCBFWw70tm0fJGb2Jmeia4FCB7kao+/Q5c/ohsOzQHi8khUOb05JCpj0JB4RvQMkUyus8TPxLKJGQqcvZqzDpVzazhZv6JsXUnnR8XGT740XgXZUXQ7vJVnAG+tE8NUd4yFyjPy7GgiaviNrlCTj+l5kdfMuFUPpRSrfMZuMcp3Fn2Pede2IuQrKEYwKSqFIZoNqJ4M8EajAsjLY2km32IIjdf8YL/P50F7mStwntrA2cPDrM1kb6mOcfBgRtWygb3VIYnSeOBrebufAlr7F9mFUPAJGj04=";

        var signature = WeChatSignature.Compute("AAAAA", "1714112445", "415670741", encrypt);

        signature.ShouldBe("046e02f8204d34f8ba5fa3b1db94908f3df2e9b3");
    }

    [Fact]
    public void Compute_WhenGivenPublishedReplySample_MatchesPublishedMsgSignature()
    {
        const string encrypt = "ELGduP2YcVatjqIS+eZbp80MNLoAUWvzzyJxgGzxZO/5sAvd070Bs6qrLARC9nVHm48Y4hyRbtzve1L32tmxSQ==";

        var signature = WeChatSignature.Compute("AAAAA", "1713424427", "415670741", encrypt);

        signature.ShouldBe("1b9339964ed2e271e7c7b6ff2b0ef902fc94dea1");
    }
}
