namespace MemberCard.Infrastructure.WeChat.Client;

using System.Text.Json;
using MemberCard.Application.Common.WeChat;

/// <summary>Calls one app's endpoints with its access token; an invalid-token answer refreshes the token and retries once.</summary>
internal sealed class WeChatApiClient(WeChatTransport transport, WeChatAccessTokenCache tokens)
{
    public WeChatAppCredentials Credentials => transport.Credentials;

    public async Task<TResponse> PostAsync<TResponse>(string endpoint, object body, CancellationToken cancellationToken) =>
        Deserialize<TResponse>(endpoint, await PostAsync(endpoint, body, cancellationToken));

    public async Task<JsonElement> PostAsync(string endpoint, object body, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var token = await tokens.GetAsync(cancellationToken);
            try
            {
                return await transport.SendAsync(HttpMethod.Post, endpoint, [], body, token, cancellationToken);
            }
            catch (WeChatApiException e) when (e.Kind == WeChatErrorKind.InvalidToken)
            {
                tokens.Invalidate(token);
                if (attempt == 2)
                {
                    throw;
                }
            }
        }
    }

    /// <summary>For the few endpoints authenticated by AppID and secret in the query instead of a token.</summary>
    public async Task<TResponse> GetWithoutTokenAsync<TResponse>(string endpoint, IReadOnlyList<KeyValuePair<string, string>> query, CancellationToken cancellationToken) =>
        Deserialize<TResponse>(endpoint, await transport.SendAsync(HttpMethod.Get, endpoint, query, body: null, accessToken: null, cancellationToken));

    private static TResponse Deserialize<TResponse>(string endpoint, JsonElement root)
    {
        try
        {
            return root.Deserialize<TResponse>(WeChatJson.Options)
                ?? throw new WeChatApiException(endpoint, null, WeChatErrorKind.Other, $"WeChat {endpoint} answered an empty body.");
        }
        catch (JsonException e)
        {
            throw new WeChatApiException(endpoint, null, WeChatErrorKind.Other, $"WeChat {endpoint} answered an unexpected shape.", e);
        }
    }
}
