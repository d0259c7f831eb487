namespace MemberCard.WeChatSimulator.Endpoints;

using System.Security.Cryptography;
using System.Text.Json.Nodes;
using MemberCard.WeChatSimulator.Model;
using MemberCard.WeChatSimulator.Push;

/// <summary>The WeChat endpoints our API calls, answering with WeChat's field names and errcodes.</summary>
internal static class WeChatEndpoints
{
    private const string AccessTokenParameter = "access_token";

    public static void Map(WebApplication app)
    {
        app.MapPost("/cgi-bin/stable_token", StableToken);
        app.MapGet("/sns/jscode2session", CodeToSession);
        app.MapPost("/wxa/business/getuserphonenumber", PhoneNumber);
        app.MapPost("/cgi-bin/message/subscribe/send", SubscribeSend);
        app.MapPost("/card/membercard/activate", Activate);
        app.MapPost("/card/membercard/updateuser", UpdateUser);
        app.MapPost("/card/membercard/userinfo/get", UserInfo);
        app.MapPost("/card/code/decrypt", DecryptCode);
        app.MapPost("/card/membercard/activatetempinfo/get", ActivateTempInfo);
        app.MapPost("/card/code/unavailable", Unavailable);
    }

    private static IResult StableToken(HttpContext context, SimulatorState state, SimulatorSettings settings)
    {
        if (JsonBody.WeChatObject(context) is not { } body)
        {
            return WeChatResults.Error(ErrCode.DataFormatError);
        }

        var appId = body.GetString("appid");
        var secret = body.GetString("secret");
        if (string.IsNullOrEmpty(appId))
        {
            return WeChatResults.Error(ErrCode.MissingAppId);
        }

        if (string.IsNullOrEmpty(secret))
        {
            return WeChatResults.Error(ErrCode.MissingSecret);
        }

        if (body.GetString("grant_type") != "client_credential")
        {
            return WeChatResults.Error(ErrCode.InvalidGrantType);
        }

        var error = CheckApp(settings, appId, secret);
        if (error != ErrCode.Ok)
        {
            return WeChatResults.Error(error);
        }

        var grant = state.IssueToken(appId, body.GetBoolean("force_refresh") ?? false);
        return Results.Json(new { access_token = grant.AccessToken, expires_in = grant.ExpiresIn });
    }

    private static IResult CodeToSession(HttpContext context, SimulatorState state, SimulatorSettings settings)
    {
        var query = context.Request.Query;
        string? appId = query["appid"];
        string? secret = query["secret"];
        string? code = query["js_code"];
        if (string.IsNullOrEmpty(appId))
        {
            return WeChatResults.Error(ErrCode.MissingAppId);
        }

        if (string.IsNullOrEmpty(secret))
        {
            return WeChatResults.Error(ErrCode.MissingSecret);
        }

        if (appId != settings.MiniProgramAppId)
        {
            return WeChatResults.Error(ErrCode.InvalidAppId);
        }

        if (secret != settings.MiniProgramSecret)
        {
            return WeChatResults.Error(ErrCode.InvalidAppSecret);
        }

        if (query["grant_type"] != "authorization_code")
        {
            return WeChatResults.Error(ErrCode.InvalidGrantType);
        }

        if (string.IsNullOrEmpty(code))
        {
            return WeChatResults.Error(ErrCode.MissingCode);
        }

        var login = state.RedeemLoginCode(code);
        if (login.ErrCode != ErrCode.Ok)
        {
            return WeChatResults.Error(login.ErrCode);
        }

        // WeChat's success body has no errcode at all, and no unionid when the apps are not bound.
        var sessionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        return login.UnionId is null
            ? Results.Json(new { openid = login.OpenId, session_key = sessionKey })
            : Results.Json(new { openid = login.OpenId, session_key = sessionKey, unionid = login.UnionId });
    }

    private static IResult PhoneNumber(HttpContext context, SimulatorState state, SimulatorSettings settings, TimeProvider clock)
    {
        if (Authorize(context, state, settings.MiniProgramAppId, out var body) is { } denied)
        {
            return denied;
        }

        if (body.GetString("code") is not { Length: > 0 } code)
        {
            return WeChatResults.Error(ErrCode.MissingCode);
        }

        if (state.RedeemPhoneCode(code) is not { } phone)
        {
            return WeChatResults.Error(ErrCode.InvalidCode);
        }

        return Results.Json(new
        {
            errcode = ErrCode.Ok,
            errmsg = ErrCode.Message(ErrCode.Ok),
            phone_info = new
            {
                phoneNumber = phone,
                purePhoneNumber = phone,
                countryCode = "86",
                watermark = new { timestamp = clock.GetUtcNow().ToUnixTimeSeconds(), appid = settings.MiniProgramAppId },
            },
        });
    }

    private static IResult SubscribeSend(HttpContext context, SimulatorState state, SimulatorSettings settings)
    {
        if (Authorize(context, state, settings.MiniProgramAppId, out var body) is { } denied)
        {
            return denied;
        }

        if (body.GetString("touser") is not { Length: > 0 } toUser)
        {
            return WeChatResults.Error(ErrCode.InvalidOpenId);
        }

        if (body.GetString("template_id") is not { Length: > 0 } templateId)
        {
            return WeChatResults.Error(ErrCode.InvalidTemplateId);
        }

        var error = state.SendMessage(toUser, templateId, body.GetString("page"), body.GetElement("data"));
        return error == ErrCode.Ok
            ? Results.Json(new { errcode = ErrCode.Ok, errmsg = ErrCode.Message(ErrCode.Ok), msgid = RandomNumberGenerator.GetInt32(int.MaxValue) })
            : WeChatResults.Error(error);
    }

    private static IResult Activate(HttpContext context, SimulatorState state, SimulatorSettings settings)
    {
        if (Authorize(context, state, settings.OfficialAccountAppId, out var body) is { } denied)
        {
            return denied;
        }

        var code = body.GetString("code");
        var membershipNumber = body.GetString("membership_number");
        if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(membershipNumber))
        {
            return WeChatResults.Error(ErrCode.MissingField);
        }

        var error = state.Activate(new ActivateCall(
            code,
            body.GetString("card_id"),
            membershipNumber,
            body.GetInt64("init_bonus"),
            body.GetInt64("init_balance"),
            body.GetString("init_custom_field_value1"),
            body.GetString("init_custom_field_value2"),
            body.GetString("init_custom_field_value3")));
        return error == ErrCode.Ok ? WeChatResults.Ok() : WeChatResults.Error(error);
    }

    private static IResult UpdateUser(HttpContext context, SimulatorState state, SimulatorSettings settings, CallbackPusher pusher)
    {
        if (Authorize(context, state, settings.OfficialAccountAppId, out var body) is { } denied)
        {
            return denied;
        }

        var code = body.GetString("code");
        var cardId = body.GetString("card_id");
        if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(cardId))
        {
            return WeChatResults.Error(ErrCode.MissingField);
        }

        var outcome = state.UpdateUser(new UpdateUserCall(
            code,
            cardId,
            body.GetInt64("bonus"),
            body.GetInt64("add_bonus"),
            body.GetString("record_bonus"),
            body.GetInt64("balance"),
            body.GetInt64("add_balance"),
            body.GetString("custom_field_value1"),
            body.GetString("custom_field_value2"),
            body.GetString("custom_field_value3"),
            body.GetElement("notify_optional")));
        if (outcome.ErrCode != ErrCode.Ok)
        {
            return WeChatResults.Error(outcome.ErrCode);
        }

        if (settings.PushUpdateEvents && pusher.Enabled)
        {
            pusher.PushInBackground(pusher.CreateEvent(
                "update_member_card",
                outcome.OpenId!,
                null,
                [
                    EventField.Text("CardId", cardId),
                    EventField.Text("UserCardCode", code),
                    EventField.Number("ModifyBonus", outcome.ModifyBonus),
                    EventField.Number("ModifyBalance", outcome.ModifyBalance),
                ]));
        }

        return Results.Json(new
        {
            errcode = ErrCode.Ok,
            errmsg = ErrCode.Message(ErrCode.Ok),
            result_bonus = outcome.ResultBonus,
            result_balance = outcome.ResultBalance,
            openid = outcome.OpenId,
        });
    }

    private static IResult UserInfo(HttpContext context, SimulatorState state, SimulatorSettings settings)
    {
        if (Authorize(context, state, settings.OfficialAccountAppId, out var body) is { } denied)
        {
            return denied;
        }

        var code = body.GetString("code");
        var cardId = body.GetString("card_id");
        if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(cardId))
        {
            return WeChatResults.Error(ErrCode.MissingField);
        }

        if (state.FindCardSnapshot(code, cardId) is not { } card)
        {
            return WeChatResults.Error(ErrCode.InvalidCardCode);
        }

        var form = card.Form.Select(f => new FormField(f.Key, f.Value)).ToList();
        return Results.Json(new
        {
            errcode = ErrCode.Ok,
            errmsg = ErrCode.Message(ErrCode.Ok),
            openid = card.OpenId,
            nickname = "sim-user",
            membership_number = card.MembershipNumber ?? string.Empty,
            bonus = card.Bonus,
            balance = card.Balance,
            sex = string.Empty,
            user_info = FormInfo(form),
            user_card_status = card.Status,
            has_active = card.Activated,
        });
    }

    private static IResult DecryptCode(HttpContext context, SimulatorState state, SimulatorSettings settings)
    {
        if (Authorize(context, state, settings.OfficialAccountAppId, out var body) is { } denied)
        {
            return denied;
        }

        if (body.GetString("encrypt_code") is not { Length: > 0 } encryptCode)
        {
            return WeChatResults.Error(ErrCode.MissingField);
        }

        return state.DecryptCode(encryptCode) is { } code
            ? Results.Json(new { errcode = ErrCode.Ok, errmsg = ErrCode.Message(ErrCode.Ok), code })
            : WeChatResults.Error(ErrCode.InvalidCardCode);
    }

    private static IResult ActivateTempInfo(HttpContext context, SimulatorState state, SimulatorSettings settings)
    {
        if (Authorize(context, state, settings.OfficialAccountAppId, out var body) is { } denied)
        {
            return denied;
        }

        if (body.GetString("activate_ticket") is not { Length: > 0 } ticket)
        {
            return WeChatResults.Error(ErrCode.MissingField);
        }

        return state.GetTicketForm(ticket) is { } form
            ? Results.Json(new { errcode = ErrCode.Ok, errmsg = ErrCode.Message(ErrCode.Ok), info = FormInfo(form) })
            : WeChatResults.Error(ErrCode.InvalidCode);
    }

    private static IResult Unavailable(HttpContext context, SimulatorState state, SimulatorSettings settings)
    {
        if (Authorize(context, state, settings.OfficialAccountAppId, out var body) is { } denied)
        {
            return denied;
        }

        if (body.GetString("code") is not { Length: > 0 } code)
        {
            return WeChatResults.Error(ErrCode.MissingField);
        }

        var error = state.MakeUnavailable(code, body.GetString("card_id"), body.GetString("reason"));
        return error == ErrCode.Ok ? WeChatResults.Ok() : WeChatResults.Error(error);
    }

    private static int CheckApp(SimulatorSettings settings, string appId, string secret)
    {
        string expected;
        if (appId == settings.MiniProgramAppId)
        {
            expected = settings.MiniProgramSecret;
        }
        else if (appId == settings.OfficialAccountAppId)
        {
            expected = settings.OfficialAccountSecret;
        }
        else
        {
            return ErrCode.InvalidAppId;
        }

        return secret == expected ? ErrCode.Ok : ErrCode.InvalidAppSecret;
    }

    /// <summary>Checks the access token belongs to <paramref name="appId"/> and reads the JSON body; returns the error to answer, if any.</summary>
    private static IResult? Authorize(HttpContext context, SimulatorState state, string appId, out JsonObject body)
    {
        body = [];
        var error = state.CheckToken(context.Request.Query[AccessTokenParameter], appId);
        if (error != ErrCode.Ok)
        {
            return WeChatResults.Error(error);
        }

        if (JsonBody.WeChatObject(context) is not { } parsed)
        {
            return WeChatResults.Error(ErrCode.DataFormatError);
        }

        body = parsed;
        return null;
    }

    private static object FormInfo(IReadOnlyList<FormField> form) => new
    {
        common_field_list = form.Where(f => f.IsCommon).Select(f => new { name = f.Name, value = f.Value }).ToList(),
        custom_field_list = form.Where(f => !f.IsCommon).Select(f => new { name = f.Name, value = f.Value, value_list = Array.Empty<string>() }).ToList(),
    };
}
