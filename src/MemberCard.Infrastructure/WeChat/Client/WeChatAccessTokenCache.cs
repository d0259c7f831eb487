namespace MemberCard.Infrastructure.WeChat.Client;

using System.Text.Json;
using System.Text.Json.Serialization;
using MemberCard.Application.Common.WeChat;

/// <summary>
/// One app's access token from <c>/cgi-bin/stable_token</c> in normal mode, which hands every instance the same
/// token without invalidating it (the older <c>/cgi-bin/token</c> would revoke the token other instances hold).
/// Concurrent callers share one fetch; the token is renewed ahead of its expiry.
/// </summary>
internal sealed class WeChatAccessTokenCache(WeChatTransport transport, TimeProvider timeProvider)
{
    public const string Endpoint = "/cgi-bin/stable_token";

    private static readonly TimeSpan SafetyMargin = TimeSpan.FromMinutes(5);

    private readonly Lock _gate = new();
    private CachedToken? _current;
    private Task<CachedToken>? _fetch;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (IsFresh(current))
        {
            return current!.Value;
        }

        Task<CachedToken> fetch;
        lock (_gate)
        {
            if (IsFresh(_current))
            {
                return _current!.Value;
            }

            // Not bound to one caller's token: a caller giving up must not fail the others waiting on this fetch.
            if (_fetch is null || _fetch.IsCompleted)
            {
                _fetch = FetchAsync();
            }

            fetch = _fetch;
        }

        return (await fetch.WaitAsync(cancellationToken)).Value;
    }

    /// <summary>Drops <paramref name="token"/> after WeChat called it invalid, unless a newer one already replaced it.</summary>
    public void Invalidate(string token)
    {
        lock (_gate)
        {
            if (_current?.Value == token)
            {
                _current = null;
            }
        }
    }

    private bool IsFresh(CachedToken? token) => token is not null && timeProvider.GetUtcNow() < token.RenewAt;

    private async Task<CachedToken> FetchAsync()
    {
        var credentials = transport.Credentials;
        var request = new StableTokenRequest("client_credential", credentials.AppId, credentials.AppSecret, ForceRefresh: false);
        var root = await transport.SendAsync(HttpMethod.Post, Endpoint, [], request, accessToken: null, CancellationToken.None);
        var response = root.Deserialize<StableTokenResponse>(WeChatJson.Options);
        if (string.IsNullOrEmpty(response?.AccessToken) || response.ExpiresIn <= 0)
        {
            throw new WeChatApiException(Endpoint, null, WeChatErrorKind.Other, $"WeChat {Endpoint} answered without a usable token.");
        }

        // Renew 5 minutes early, or halfway through a short lifetime (as a simulator may hand out).
        var lifetime = TimeSpan.FromSeconds(response.ExpiresIn);
        var margin = lifetime / 2 < SafetyMargin ? lifetime / 2 : SafetyMargin;
        var token = new CachedToken(response.AccessToken, timeProvider.GetUtcNow() + lifetime - margin);
        lock (_gate)
        {
            _current = token;
        }

        return token;
    }

    private sealed record CachedToken(string Value, DateTimeOffset RenewAt);

    private sealed record StableTokenRequest(
        string GrantType,
        [property: JsonPropertyName("appid")] string AppId,
        string Secret,
        bool ForceRefresh);

    private sealed record StableTokenResponse(string? AccessToken, int ExpiresIn);
}
