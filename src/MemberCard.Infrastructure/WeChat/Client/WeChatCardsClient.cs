namespace MemberCard.Infrastructure.WeChat.Client;

using System.Globalization;
using System.Text.Json.Serialization;
using MemberCard.Application.Common.WeChat;

/// <summary>The Official Account's member-card endpoints, all addressing one card template.</summary>
internal sealed class WeChatCardsClient(WeChatApiClient api, string cardId) : IWeChatCards
{
    public const string ActivateEndpoint = "/card/membercard/activate";
    public const string UpdateUserEndpoint = "/card/membercard/updateuser";
    public const string UnavailableEndpoint = "/card/code/unavailable";
    public const string DecryptEndpoint = "/card/code/decrypt";
    public const string UserInfoEndpoint = "/card/membercard/userinfo/get";
    public const string ActivationFormEndpoint = "/card/membercard/activatetempinfo/get";

    /// <summary>WeChat shows at most 14 (Chinese) characters of a change record.</summary>
    public const int RecordTextMaxLength = 14;

    // The ticket's lifetime is unconfirmed and so is the errcode of an expired one: both plausible codes count.
    private static readonly int[] ExpiredTicketCodes = [40029, 40079];

    private static readonly NotifyOptional NotifyAll = new(IsNotifyBonus: true, IsNotifyBalance: true, IsNotifyCustomField1: true);

    public Task ActivateAsync(WeChatCardActivation activation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activation);
        var request = new ActivateRequest(activation.Code, cardId, activation.MembershipNumber, activation.InitialPoints, activation.TierName);
        return api.PostAsync(ActivateEndpoint, request, cancellationToken);
    }

    public Task UpdateUserAsync(WeChatCardUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var record = string.IsNullOrWhiteSpace(update.RecordText) ? null : Cut(update.RecordText.Trim(), RecordTextMaxLength);
        var request = new UpdateUserRequest(update.Code, cardId, update.Points, record, update.TierName, update.BalanceFen, NotifyAll);
        return api.PostAsync(UpdateUserEndpoint, request, cancellationToken);
    }

    public Task MakeUnavailableAsync(string code, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return api.PostAsync(UnavailableEndpoint, new UnavailableRequest(code, cardId, reason), cancellationToken);
    }

    public async Task<string> DecryptCodeAsync(string encryptedCode, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(encryptedCode);
        var response = await api.PostAsync<DecryptResponse>(DecryptEndpoint, new DecryptRequest(encryptedCode), cancellationToken);
        return string.IsNullOrEmpty(response.Code)
            ? throw new WeChatApiException(DecryptEndpoint, null, WeChatErrorKind.Other, $"WeChat {DecryptEndpoint} answered without a code.")
            : response.Code;
    }

    public async Task<WeChatCardUserInfo> GetUserInfoAsync(string code, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var response = await api.PostAsync<UserInfoResponse>(UserInfoEndpoint, new UserInfoRequest(cardId, code), cancellationToken);
        return new WeChatCardUserInfo(
            response.UserCardStatus ?? string.Empty,
            string.IsNullOrEmpty(response.OpenId) ? null : response.OpenId,
            response.Bonus,
            Fields(response.UserInfo));
    }

    public async Task<IReadOnlyDictionary<string, string>> GetActivationFormAsync(string activateTicket, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activateTicket);
        var request = new ActivationFormRequest(activateTicket);
        try
        {
            return Fields((await api.PostAsync<ActivationFormResponse>(ActivationFormEndpoint, request, cancellationToken)).Info);
        }
        catch (WeChatApiException e) when (IsExpiredTicket(e))
        {
            try
            {
                return Fields((await api.PostAsync<ActivationFormResponse>(ActivationFormEndpoint, request, cancellationToken)).Info);
            }
            catch (WeChatApiException again) when (IsExpiredTicket(again))
            {
                throw new WeChatApiException(ActivationFormEndpoint, again.ErrorCode, WeChatErrorKind.Expired, $"WeChat {ActivationFormEndpoint}: the activate_ticket has expired (errcode {again.ErrorCode}).", again);
            }
        }
    }

    private static bool IsExpiredTicket(WeChatApiException e) => e.ErrorCode is { } code && ExpiredTicketCodes.Contains(code);

    private static Dictionary<string, string> Fields(FormInfo? form)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in form?.CommonFieldList ?? [])
        {
            if (string.IsNullOrEmpty(field.Name))
            {
                continue;
            }

            var value = !string.IsNullOrEmpty(field.Value) || field.ValueList is not { Count: > 0 }
                ? field.Value ?? string.Empty
                : string.Join(',', field.ValueList);
            fields.TryAdd(field.Name, value);
        }

        return fields;
    }

    /// <summary>Cuts by text element so an emoji or combining sequence is never split in half.</summary>
    private static string Cut(string text, int maxLength)
    {
        var info = new StringInfo(text);
        return info.LengthInTextElements <= maxLength ? text : info.SubstringByTextElements(0, maxLength);
    }

    private sealed record ActivateRequest(string Code, string CardId, string MembershipNumber, long InitBonus, string InitCustomFieldValue1);

    private sealed record UpdateUserRequest(
        string Code,
        string CardId,
        long Bonus,
        string? RecordBonus,
        string CustomFieldValue1,
        long? Balance,
        NotifyOptional NotifyOptional);

    private sealed record NotifyOptional(bool IsNotifyBonus, bool IsNotifyBalance, bool IsNotifyCustomField1);

    private sealed record UnavailableRequest(string Code, string CardId, string Reason);

    private sealed record DecryptRequest(string EncryptCode);

    private sealed record DecryptResponse(string? Code);

    private sealed record UserInfoRequest(string CardId, string Code);

    private sealed record UserInfoResponse(
        [property: JsonPropertyName("openid")] string? OpenId,
        long Bonus,
        string? UserCardStatus,
        FormInfo? UserInfo);

    private sealed record ActivationFormRequest(string ActivateTicket);

    private sealed record ActivationFormResponse(FormInfo? Info);

    private sealed record FormInfo(IReadOnlyList<FormField>? CommonFieldList);

    private sealed record FormField(string? Name, string? Value, IReadOnlyList<string>? ValueList);
}
