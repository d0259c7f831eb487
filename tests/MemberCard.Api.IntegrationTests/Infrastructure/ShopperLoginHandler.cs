namespace MemberCard.Api.IntegrationTests.Infrastructure;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>
/// Logs the shopper in (simulated WeChat code) before each request, so a test that moves the API's clock by
/// days keeps acting as the shopper: a token is only valid for two hours of the service's own clock.
/// </summary>
public sealed class ShopperLoginHandler(MemberCardApiFactory factory, string openId) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var anonymous = factory.CreateClient();
        var login = await anonymous.PostAsJsonAsync("/api/v1/auth/wechat/login", new { code = "dev:" + openId }, cancellationToken);
        login.EnsureSuccessStatusCode();
        var body = await login.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", body!["accessToken"]!.GetValue<string>());
        return await base.SendAsync(request, cancellationToken);
    }
}
