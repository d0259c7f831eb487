namespace MemberCard.Api.Endpoints;

using System.Text;
using Mediator;
using MemberCard.Application.Common.Security;
using MemberCard.Application.Common.WeChat;
using MemberCard.Application.WeChat.HandleWeChatEvent;

/// <summary>
/// The Official Account's server URL. WeChat proves itself with the signature, not with a key: a verified
/// request runs as the System principal because an event may concern a member of any branch.
/// </summary>
public static partial class WeChatCallbackEndpoints
{
    /// <summary>WeChat's card events are a few hundred bytes; anything near this is not from WeChat.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapWeChatCallbackEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/wechat").WithTags("WeChat").AllowAnonymous();
        group.MapGet("/callback", VerifyUrl);
        group.MapPost("/callback", ReceiveAsync);
        return app;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult VerifyUrl(IWeChatCallbackCodec codec, string? signature, string? timestamp, string? nonce, string? echostr) =>
        codec.VerifyUrl(signature, timestamp, nonce) && echostr is not null
            ? TypedResults.Text(echostr, "text/plain")
            : throw new WeChatCallbackRejectedException("The URL verification signature does not match.", badSignature: true);

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult> ReceiveAsync(
        HttpRequest request,
        IWeChatCallbackCodec codec,
        CurrentPrincipal principal,
        ISender sender,
        ILoggerFactory loggers,
        CancellationToken ct,
        string? signature = null,
        string? timestamp = null,
        string? nonce = null,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "encrypt_type")] string? encryptType = null,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "msg_signature")] string? msgSignature = null)
    {
        var body = await ReadBoundedAsync(request, ct);
        var message = codec.Open(new WeChatCallbackRequest(signature, timestamp, nonce, encryptType, msgSignature, body));

        principal.SetSystem();
        var outcome = await sender.Send(new HandleWeChatEventCommand(message), ct);
        LogHandled(loggers.CreateLogger(typeof(WeChatCallbackEndpoints).FullName!), message.Event ?? message.MsgType, outcome.Duplicate, outcome.Outcome);

        // WeChat wants "success" (unencrypted) within 5 s, or it pushes the event again.
        return TypedResults.Text("success", "text/plain");
    }

    private static async Task<string> ReadBoundedAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            throw new WeChatCallbackRejectedException("The message is too large.", badSignature: false);
        }

        var buffer = new byte[MaxBodyBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), ct)) > 0)
        {
            length += read;
        }

        if (length > MaxBodyBytes)
        {
            throw new WeChatCallbackRejectedException("The message is too large.", badSignature: false);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, length);
        }
        catch (DecoderFallbackException)
        {
            throw new WeChatCallbackRejectedException("The message is not UTF-8.", badSignature: false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WeChat event {Event} handled (duplicate: {Duplicate}): {Outcome}")]
    private static partial void LogHandled(ILogger logger, string @event, bool duplicate, string outcome);
}
