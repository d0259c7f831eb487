namespace MemberCard.WeChatSimulator.Endpoints;

using System.Globalization;
using System.Text.Json.Nodes;
using MemberCard.WeChatSimulator.Model;
using MemberCard.WeChatSimulator.Push;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>The <c>/_sim</c> control API that tests and developers use to play the user's and WeChat's part.</summary>
internal static class ControlEndpoints
{
    public const string Prefix = "/_sim";

    // The friendly names a caller may use for WeChat's own activation form fields.
    private static readonly Dictionary<string, string> CommonFormFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mobile"] = "USER_FORM_INFO_FLAG_MOBILE",
        ["name"] = "USER_FORM_INFO_FLAG_NAME",
        ["birthday"] = "USER_FORM_INFO_FLAG_BIRTHDAY",
        ["sex"] = "USER_FORM_INFO_FLAG_SEX",
        ["gender"] = "USER_FORM_INFO_FLAG_SEX",
        ["idCard"] = "USER_FORM_INFO_FLAG_IDCARD",
        ["email"] = "USER_FORM_INFO_FLAG_EMAIL",
        ["location"] = "USER_FORM_INFO_FLAG_LOCATION",
        ["education"] = "USER_FORM_INFO_FLAG_EDUCATION_BACKGRO",
        ["industry"] = "USER_FORM_INFO_FLAG_INDUSTRY",
        ["income"] = "USER_FORM_INFO_FLAG_INCOME",
        ["habit"] = "USER_FORM_INFO_FLAG_HABIT",
    };

    private static readonly HashSet<string> PushHeaderNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "xml", "event", "openid", "fromUserName", "createTime", "toUserName", "msgType",
    };

    public static bool IsControlPath(PathString path) => path.StartsWithSegments(Prefix, StringComparison.Ordinal);

    public static void Map(WebApplication app)
    {
        var sim = app.MapGroup(Prefix);
        sim.MapGet("/settings", (SimulatorSettings settings) => TypedResults.Ok(new
        {
            settings.MiniProgramAppId,
            settings.OfficialAccountAppId,
            settings.OfficialAccountOriginalId,
            settings.CardId,
            settings.CallbackUrl,
            safeMode = settings.EncodingAesKey is not null,
            settings.TokenLifetimeSeconds,
            settings.PushUpdateEvents,
        }));
        sim.MapPost("/reset", Reset);
        sim.MapPost("/login-codes", IssueLoginCodeAsync);
        sim.MapPost("/phone-codes", IssuePhoneCodeAsync);
        sim.MapPost("/cards", CreateCardAsync);
        sim.MapGet("/cards", (SimulatorState state) => TypedResults.Ok(state.GetCards()));
        sim.MapGet("/cards/{code}", GetCard);
        sim.MapPost("/cards/{code}/form", SubmitFormAsync);
        sim.MapPost("/cards/{code}/status", SetStatusAsync);
        sim.MapPost("/cards/{code}/events/{eventName}", PushCardEventAsync);
        sim.MapPost("/push", PushAsync);
        sim.MapGet("/pushes", (SimulatorState state) => TypedResults.Ok(state.GetPushes()));
        sim.MapDelete("/pushes", ClearPushes);
        sim.MapGet("/requests", (SimulatorState state, string? path) => TypedResults.Ok(state.GetRequests(path)));
        sim.MapDelete("/requests", ClearRequests);
        sim.MapGet("/messages", (SimulatorState state) => TypedResults.Ok(state.GetMessages()));
        sim.MapGet("/faults", (SimulatorState state) => TypedResults.Ok(state.Fault ?? new FaultRule(FaultMode.None)));
        sim.MapPost("/faults", SetFaultAsync);
        sim.MapPost("/tokens/expire", ExpireTokens);
        sim.MapPost("/limits", SetLimitsAsync);
        sim.MapPost("/users/{openid}/subscriptions", SetSubscriptionsAsync);
    }

    private static NoContent Reset(SimulatorState state)
    {
        state.Reset();
        return TypedResults.NoContent();
    }

    private static async Task<IResult> IssueLoginCodeAsync(HttpRequest request, SimulatorState state, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadControlObjectAsync(request, cancellationToken) is not { } body)
        {
            return Malformed();
        }

        return body.GetString("openid") is { Length: > 0 } openId
            ? TypedResults.Ok(new { code = state.IssueLoginCode(openId, body.GetString("unionid")) })
            : Missing("openid");
    }

    private static async Task<IResult> IssuePhoneCodeAsync(HttpRequest request, SimulatorState state, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadControlObjectAsync(request, cancellationToken) is not { } body)
        {
            return Malformed();
        }

        return body.GetString("phoneNumber") is { Length: > 0 } phoneNumber
            ? TypedResults.Ok(new { code = state.IssuePhoneCode(phoneNumber) })
            : Missing("phoneNumber");
    }

    private static async Task<IResult> CreateCardAsync(HttpRequest request, SimulatorState state, CallbackPusher pusher, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadControlObjectAsync(request, cancellationToken) is not { } body)
        {
            return Malformed();
        }

        if (body.GetString("openid") is not { Length: > 0 } openId)
        {
            return Missing("openid");
        }

        var card = state.CreateCard(openId, body.GetString("unionid"), body.GetString("outerStr"));
        var push = pusher.Enabled
            ? await pusher.PushAsync(pusher.CreateEvent("user_get_card", card.OpenId, null, CardEventDefaults("user_get_card", card)), cancellationToken)
            : null;
        return TypedResults.Ok(new
        {
            code = card.Code,
            encryptCode = card.EncryptCode,
            cardId = card.CardId,
            openid = card.OpenId,
            callbackStatus = push?.CallbackStatus,
            push,
        });
    }

    private static IResult GetCard(string code, SimulatorState state) =>
        state.GetCard(code) is { } card ? TypedResults.Ok(card) : UnknownCard(code);

    private static async Task<IResult> SubmitFormAsync(string code, HttpRequest request, SimulatorState state, CallbackPusher pusher, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadControlObjectAsync(request, cancellationToken) is not { } body)
        {
            return Malformed();
        }

        var fields = body
            .Where(p => p.Value is not null)
            .Select(p => KeyValuePair.Create(CommonFormFields.GetValueOrDefault(p.Key, p.Key), body.GetString(p.Key)!))
            .ToList();
        if (state.SubmitForm(code, fields) is not { } ticket || state.GetCard(code) is not { } card)
        {
            return UnknownCard(code);
        }

        var push = pusher.Enabled
            ? await pusher.PushAsync(pusher.CreateEvent("submit_membercard_user_info", card.OpenId, null, CardEventDefaults("submit_membercard_user_info", card)), cancellationToken)
            : null;
        return TypedResults.Ok(new { activateTicket = ticket, encryptCode = card.EncryptCode, callbackStatus = push?.CallbackStatus, push });
    }

    private static async Task<IResult> SetStatusAsync(string code, HttpRequest request, SimulatorState state, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadControlObjectAsync(request, cancellationToken) is not { } body)
        {
            return Malformed();
        }

        if (body.GetString("status") is not { Length: > 0 } status)
        {
            return Missing("status");
        }

        return state.SetCardStatus(code, status) ? TypedResults.Ok(state.GetCard(code)) : UnknownCard(code);
    }

    private static async Task<IResult> PushCardEventAsync(
        string code, string eventName, HttpRequest request, SimulatorState state, CallbackPusher pusher, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadControlObjectAsync(request, cancellationToken) is not { } body)
        {
            return Malformed();
        }

        if (state.GetCard(code) is not { } card)
        {
            return UnknownCard(code);
        }

        if (!TryReadFields(body, out var extra, out var createTime, out var problem))
        {
            return problem;
        }

        // Removing the card from the package is the user's act; WeChat reports the card as DELETE from then on.
        if (eventName == "user_del_card")
        {
            state.SetCardStatus(code, CardEntry.Deleted);
        }

        var fields = CardEventDefaults(eventName, card).Where(d => !extra.Any(e => e.Name == d.Name)).Concat(extra);
        var push = pusher.Enabled
            ? await pusher.PushAsync(pusher.CreateEvent(eventName, card.OpenId, createTime, fields), cancellationToken)
            : null;
        return TypedResults.Ok(new { callbackStatus = push?.CallbackStatus, push });
    }

    private static async Task<IResult> PushAsync(HttpRequest request, CallbackPusher pusher, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadControlObjectAsync(request, cancellationToken) is not { } body)
        {
            return Malformed();
        }

        if (!pusher.Enabled)
        {
            return TypedResults.Problem("No CallbackUrl is configured: set Simulator__CallbackUrl.", statusCode: StatusCodes.Status409Conflict);
        }

        CallbackEvent message;
        if (body.GetString("xml") is { } xml)
        {
            message = EventXml.FromRaw(xml, body.GetString("openid"));
        }
        else
        {
            var eventName = body.GetString("event");
            var openId = body.GetString("openid") ?? body.GetString("fromUserName");
            if (string.IsNullOrEmpty(eventName) || string.IsNullOrEmpty(openId))
            {
                return Missing("event and openid (or xml)");
            }

            if (!TryReadFields(body, out var fields, out var createTime, out var problem))
            {
                return problem;
            }

            message = pusher.CreateEvent(eventName, openId, createTime, fields);
        }

        var push = await pusher.PushAsync(message, cancellationToken);
        return TypedResults.Ok(new { callbackStatus = push.CallbackStatus, push });
    }

    private static NoContent ClearPushes(SimulatorState state)
    {
        state.ClearPushes();
        return TypedResults.NoContent();
    }

    private static NoContent ClearRequests(SimulatorState state)
    {
        state.ClearRequests();
        return TypedResults.NoContent();
    }

    private static async Task<IResult> SetFaultAsync(HttpRequest request, SimulatorState state, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadControlObjectAsync(request, cancellationToken) is not { } body)
        {
            return Malformed();
        }

        if (!Enum.TryParse<FaultMode>(body.GetString("mode"), ignoreCase: true, out var mode) || !Enum.IsDefined(mode))
        {
            return TypedResults.Problem("mode must be none, busy, down or slow.", statusCode: StatusCodes.Status400BadRequest);
        }

        var count = body.GetInt64("count");
        var latency = body.GetInt64("latencyMs") ?? 0;
        if (count is <= 0 || latency is < 0 or > 600_000)
        {
            return TypedResults.Problem("count must be positive and latencyMs between 0 and 600000.", statusCode: StatusCodes.Status400BadRequest);
        }

        state.SetFault(new FaultRule(mode, (int)latency, (int?)count, body.GetString("pathPrefix")));
        return TypedResults.Ok(state.Fault ?? new FaultRule(FaultMode.None));
    }

    private static NoContent ExpireTokens(SimulatorState state)
    {
        state.ExpireTokens();
        return TypedResults.NoContent();
    }

    private static async Task<IResult> SetLimitsAsync(HttpRequest request, SimulatorState state, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadControlObjectAsync(request, cancellationToken) is not { } body)
        {
            return Malformed();
        }

        var perSecond = body.GetInt64("updateUserPerSecond");
        state.SetUpdateUserLimit(perSecond is > 0 and <= int.MaxValue ? (int)perSecond : null);
        return TypedResults.Ok(new { updateUserPerSecond = perSecond is > 0 ? perSecond : null });
    }

    private static async Task<IResult> SetSubscriptionsAsync(string openid, HttpRequest request, SimulatorState state, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadControlObjectAsync(request, cancellationToken) is not { } body)
        {
            return Malformed();
        }

        if (body.GetInt64("remaining") is not { } remaining)
        {
            return Missing("remaining");
        }

        state.SetSubscriptions(openid, (int)Math.Clamp(remaining, 0, int.MaxValue));
        return TypedResults.Ok(new { openid, remaining });
    }

    /// <summary>The fields WeChat sends with each card event; the caller's fields may override or add to them.</summary>
    private static List<EventField> CardEventDefaults(string eventName, CardSnapshot card)
    {
        List<EventField> fields = [EventField.Text("CardId", card.CardId), EventField.Text("UserCardCode", card.Code)];
        switch (eventName)
        {
            case "user_get_card":
                fields.Add(EventField.Number("IsGiveByFriend", 0));
                fields.Add(EventField.Text("OuterStr", card.OuterStr));
                fields.Add(EventField.Number("IsRestoreMemberCard", 0));
                if (card.UnionId is not null)
                {
                    fields.Add(EventField.Text("UnionId", card.UnionId));
                }

                break;
            case "user_consume_card":
                fields.Add(EventField.Text("ConsumeSource", "FROM_API"));
                fields.Add(EventField.Text("OuterStr", card.OuterStr));
                break;
            case "user_view_card":
                fields.Add(EventField.Text("OuterStr", card.OuterStr));
                break;
            case "update_member_card":
                fields.Add(EventField.Number("ModifyBonus", 0));
                fields.Add(EventField.Number("ModifyBalance", 0));
                break;
            default:
                break;
        }

        return fields;
    }

    /// <summary>Turns a control body into event elements: numbers stay bare, everything else becomes text.</summary>
    private static bool TryReadFields(JsonObject body, out List<EventField> fields, out long? createTime, out IResult problem)
    {
        fields = [];
        createTime = body.GetInt64("createTime");
        problem = TypedResults.NoContent();
        foreach (var (name, value) in body)
        {
            if (PushHeaderNames.Contains(name) || value is null)
            {
                continue;
            }

            if (!EventXml.IsValidName(name) || value is JsonObject or JsonArray)
            {
                problem = TypedResults.Problem($"Field '{name}' must be an XML element name with a text or number value.", statusCode: StatusCodes.Status400BadRequest);
                return false;
            }

            var element = EventFieldNames.Canonical(name);
            fields.Add(value is JsonValue number && number.TryGetValue<long>(out var n)
                ? EventField.Number(element, n)
                : EventField.Text(element, body.GetString(name)));
        }

        return true;
    }

    private static ProblemHttpResult Malformed() =>
        TypedResults.Problem("The body must be a JSON object.", statusCode: StatusCodes.Status400BadRequest);

    private static ProblemHttpResult Missing(string field) =>
        TypedResults.Problem($"Required: {field}.", statusCode: StatusCodes.Status400BadRequest);

    private static ProblemHttpResult UnknownCard(string code) =>
        TypedResults.Problem($"No card with code {code}.", statusCode: StatusCodes.Status404NotFound);
}
