namespace MemberCard.Infrastructure.WeChat.Client;

using System.Text.Json;
using System.Text.Json.Serialization;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.WeChat;
using MemberCard.Domain.Members;

/// <summary>The mini-program app: login codes, verified phone numbers, subscribe messages.</summary>
internal sealed class WeChatMiniProgramClient(WeChatApiClient api) : IWeChatMiniProgram
{
    public const string LoginEndpoint = "/sns/jscode2session";
    public const string PhoneEndpoint = "/wxa/business/getuserphonenumber";
    public const string SubscribeEndpoint = "/cgi-bin/message/subscribe/send";

    private const string MainlandCountryCode = "86";

    public async Task<WeChatSession> ExchangeLoginCodeAsync(string code, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        KeyValuePair<string, string>[] query =
        [
            new("appid", api.Credentials.AppId),
            new("secret", api.Credentials.AppSecret),
            new("js_code", code),
            new("grant_type", "authorization_code"),
        ];

        // session_key is not even deserialised: we never decrypt wx.getUserInfo data, so it has no use here.
        var session = await api.GetWithoutTokenAsync<LoginResponse>(LoginEndpoint, query, cancellationToken);
        if (string.IsNullOrEmpty(session.OpenId))
        {
            throw new WeChatApiException(LoginEndpoint, null, WeChatErrorKind.Other, $"WeChat {LoginEndpoint} answered without an openid.");
        }

        return new WeChatSession(session.OpenId, string.IsNullOrEmpty(session.UnionId) ? null : session.UnionId);
    }

    public async Task<PhoneNumber> GetVerifiedPhoneAsync(string phoneCode, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phoneCode);
        var response = await api.PostAsync<PhoneResponse>(PhoneEndpoint, new PhoneRequest(phoneCode), cancellationToken);
        var info = response.PhoneInfo
            ?? throw new WeChatApiException(PhoneEndpoint, null, WeChatErrorKind.Other, $"WeChat {PhoneEndpoint} answered without phone_info.");

        var country = CountryCode(info.CountryCode);
        if ((country is null || country == MainlandCountryCode)
            && PhoneNumber.TryCreate(info.PurePhoneNumber ?? info.PhoneNumber, out var phone))
        {
            return phone;
        }

        throw new InvalidInputException("phoneCode", "wechat.phone_unsupported", "Only a mainland China mobile number can be bound to a member card.");
    }

    public Task SendSubscribeMessageAsync(string openId, string templateId, string? page, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(openId);
        ArgumentException.ThrowIfNullOrWhiteSpace(templateId);
        ArgumentNullException.ThrowIfNull(data);
        var request = new SubscribeRequest(openId, templateId, page, data.ToDictionary(d => d.Key, d => new SubscribeValue(d.Value), StringComparer.Ordinal));
        return api.PostAsync(SubscribeEndpoint, request, cancellationToken);
    }

    /// <summary>WeChat sends <c>countryCode</c> as a number or a string; null when absent.</summary>
    private static string? CountryCode(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.String => value.GetString()!.Trim().TrimStart('+'),
        _ => null,
    };

    private sealed record LoginResponse(
        [property: JsonPropertyName("openid")] string? OpenId,
        [property: JsonPropertyName("unionid")] string? UnionId);

    private sealed record PhoneRequest(string Code);

    private sealed record PhoneResponse(PhoneInfo? PhoneInfo);

    private sealed record PhoneInfo(
        [property: JsonPropertyName("phoneNumber")] string? PhoneNumber,
        [property: JsonPropertyName("purePhoneNumber")] string? PurePhoneNumber,
        [property: JsonPropertyName("countryCode")] JsonElement CountryCode);

    private sealed record SubscribeRequest(
        [property: JsonPropertyName("touser")] string ToUser,
        string TemplateId,
        string? Page,
        IReadOnlyDictionary<string, SubscribeValue> Data);

    private sealed record SubscribeValue(string Value);
}
