namespace MemberCard.WeChatSimulator;

/// <summary>
/// The identities and switches of the simulated WeChat. Bound from <c>Simulator__…</c> when run standalone; the
/// API under test must be configured with the same app ids, secrets, token, key and card id.
/// </summary>
public sealed class SimulatorSettings
{
    public const int EncodingAesKeyLength = 43;
    public const int MinimumPaymentSecretLength = 16;

    public string MiniProgramAppId { get; set; } = "wxmini0000000000";

    public string MiniProgramSecret { get; set; } = "mini-secret";

    public string OfficialAccountAppId { get; set; } = "wxoffi0000000000";

    public string OfficialAccountSecret { get; set; } = "offi-secret";

    /// <summary>The Official Account's original id, sent as <c>ToUserName</c> in every push.</summary>
    public string OfficialAccountOriginalId { get; set; } = "gh_simulator000";

    public string CardId { get; set; } = "pSimulatorCard0000000000000";

    /// <summary>The callback Token both sides sign pushes with.</summary>
    public string Token { get; set; } = "simtoken";

    /// <summary>43 characters switches pushes to safe (encrypted) mode; null pushes plaintext.</summary>
    public string? EncodingAesKey { get; set; }

    /// <summary>Absolute URL of the API's <c>/wechat/callback</c>; null pushes no events.</summary>
    public string? CallbackUrl { get; set; }

    /// <summary>
    /// Absolute URL of the API's <c>/api/v1/payments/top-up-confirmations</c>, where paid orders are confirmed;
    /// null confirms nothing (<c>/_sim/payments</c> answers 409).
    /// </summary>
    public string? PaymentConfirmationUrl { get; set; }

    /// <summary>The secret confirmations are signed with: the API's <c>Payments:ConfirmationSecret</c>.</summary>
    public string PaymentSecret { get; set; } = "simulator-payment-secret";

    /// <summary>
    /// The clock confirmations are timestamped with (null: the system's). The API refuses a confirmation whose
    /// timestamp is far from its own time, so a test that pins the API's clock gives the simulator the same one.
    /// </summary>
    public TimeProvider? PaymentClock { get; set; }

    /// <summary>
    /// Carries the pushes and the payment confirmations instead of the network, e.g. to an API hosted in-process
    /// by a test server. Read at each sending, so it (and the URLs) may be set after the simulator has started.
    /// </summary>
    public Func<HttpMessageHandler>? CallbackHandler { get; set; }

    public int TokenLifetimeSeconds { get; set; } = 7200;

    /// <summary>Push <c>update_member_card</c> after every successful <c>updateuser</c>, as WeChat does.</summary>
    public bool PushUpdateEvents { get; set; } = true;

    internal void Validate()
    {
        if (EncodingAesKey is not null && EncodingAesKey.Length != EncodingAesKeyLength)
        {
            throw new ArgumentException($"EncodingAesKey must be {EncodingAesKeyLength} characters.", nameof(EncodingAesKey));
        }

        if (CallbackUrl is not null && !Uri.TryCreate(CallbackUrl, UriKind.Absolute, out _))
        {
            throw new ArgumentException("CallbackUrl must be an absolute URL.", nameof(CallbackUrl));
        }

        if (PaymentConfirmationUrl is not null && !Uri.TryCreate(PaymentConfirmationUrl, UriKind.Absolute, out _))
        {
            throw new ArgumentException("PaymentConfirmationUrl must be an absolute URL.", nameof(PaymentConfirmationUrl));
        }

        // The API refuses shorter secrets, so a shorter one could only produce refused confirmations.
        if (PaymentSecret is null || PaymentSecret.Length < MinimumPaymentSecretLength)
        {
            throw new ArgumentException($"PaymentSecret must be at least {MinimumPaymentSecretLength} characters.", nameof(PaymentSecret));
        }

        if (TokenLifetimeSeconds <= 0)
        {
            throw new ArgumentException("TokenLifetimeSeconds must be positive.", nameof(TokenLifetimeSeconds));
        }
    }
}
