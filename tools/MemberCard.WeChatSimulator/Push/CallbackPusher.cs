namespace MemberCard.WeChatSimulator.Push;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

/// <summary>Delivers events to the configured callback URL the way WeChat does: signed query, plaintext or safe-mode body.</summary>
internal sealed partial class CallbackPusher(
    IHttpClientFactory httpClientFactory,
    SimulatorSettings settings,
    SimulatorState state,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<CallbackPusher> logger)
{
    public const string HttpClientName = "wechat-callback";

    private const int MaxRecordedReply = 500;

    public bool Enabled => settings.CallbackUrl is not null;

    public CallbackEvent CreateEvent(string eventName, string openId, long? createTime, IEnumerable<EventField> fields) =>
        EventXml.Create(settings.OfficialAccountOriginalId, openId, createTime ?? clock.GetUtcNow().ToUnixTimeSeconds(), eventName, fields);

    /// <summary>Pushes and waits for the callback's answer; a transport failure is recorded, not thrown.</summary>
    public async Task<PushRecord> PushAsync(CallbackEvent message, CancellationToken cancellationToken)
    {
        var callbackUrl = settings.CallbackUrl ?? throw new InvalidOperationException("No CallbackUrl is configured.");
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);
        var query = new Dictionary<string, string?>
        {
            ["signature"] = WeChatSignature.Compute(settings.Token, timestamp, nonce),
            ["timestamp"] = timestamp,
            ["nonce"] = nonce,
        };
        if (message.OpenId is not null)
        {
            query["openid"] = message.OpenId;
        }

        var body = message.Xml;
        var encrypted = settings.EncodingAesKey is not null;
        if (settings.EncodingAesKey is { } key)
        {
            var encrypt = new WeChatMessageCrypto(key, settings.OfficialAccountAppId).Encrypt(message.Xml);
            query["encrypt_type"] = "aes";
            query["msg_signature"] = WeChatSignature.Compute(settings.Token, timestamp, nonce, encrypt);
            body = EventXml.Envelope(settings.OfficialAccountOriginalId, encrypt);
        }

        PushRecord record;
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "text/xml");
            using var client = httpClientFactory.CreateClient(HttpClientName);
            using var response = await client.PostAsync(new Uri(QueryHelpers.AddQueryString(callbackUrl, query)), content, cancellationToken);
            var reply = await response.Content.ReadAsStringAsync(cancellationToken);
            record = Record(message, encrypted, (int)response.StatusCode, reply.Length > MaxRecordedReply ? reply[..MaxRecordedReply] : reply, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            record = Record(message, encrypted, null, null, exception.Message);
        }

        state.RecordPush(record);
        if (record.CallbackStatus is { } status)
        {
            LogPushed(logger, message.Event, status);
        }
        else
        {
            LogPushFailed(logger, message.Event, record.Error);
        }

        return record;
    }

    /// <summary>Pushes without holding up the caller, as WeChat sends <c>update_member_card</c> after answering <c>updateuser</c>.</summary>
    public void PushInBackground(CallbackEvent message)
    {
        var stopping = lifetime.ApplicationStopping;
        _ = Task.Run(
            async () =>
            {
                try
                {
                    await PushAsync(message, stopping);
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                {
                    // Shutting down: a push that never arrives is what WeChat's own outages look like.
                }
            },
            CancellationToken.None);
    }

    private PushRecord Record(CallbackEvent message, bool encrypted, int? status, string? reply, string? error) =>
        new(message.Event, message.OpenId, message.UserCardCode, message.CreateTime, encrypted, status, reply, error, clock.GetUtcNow());

    [LoggerMessage(Level = LogLevel.Information, Message = "Pushed event {Event}: callback answered HTTP {Status}")]
    private static partial void LogPushed(ILogger logger, string? @event, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not push event {Event}: {Error}")]
    private static partial void LogPushFailed(ILogger logger, string? @event, string? error);
}
