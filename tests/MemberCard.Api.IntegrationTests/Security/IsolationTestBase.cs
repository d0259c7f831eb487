namespace MemberCard.Api.IntegrationTests.Security;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>Builds the <see cref="IsolationWorld"/> through the API and calls routes from the <see cref="RouteCases"/> table.</summary>
public abstract class IsolationTestBase(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    protected const string BirthDateOfOfflineMembers = "1990-05-12";
    protected const string BirthDateOfOnlineMembers = "1988-08-08";

    protected async Task<IsolationWorld> BuildWorldAsync()
    {
        var a = await OpenBranchAsync("SHA01", "021");
        var b = await OpenBranchAsync("SZB01", "755");
        var a1 = await OfflineMemberAsync(a, "13900000001", "李雷");
        var a2 = await OfflineMemberAsync(a, "13900000002", "王芳");
        var b1 = await OfflineMemberAsync(b, "13700001112", "韩梅梅");
        var b2 = await OfflineMemberAsync(b, "13700002222", "赵强");
        var lost = await b.Client.PostAsync($"/api/v1/branch/cards/{b2.CardNumber}/loss-report", null);
        lost.StatusCode.ShouldBe(HttpStatusCode.OK, await lost.Content.ReadAsStringAsync());
        var (shopperX, x) = await OnlineMemberAsync("matrix-shopper-x", "13600003333", "孙悟空", b.Code);
        var (shopperY, y) = await OnlineMemberAsync("matrix-shopper-y", "13600004444", "猪八戒", a.Code);
        var withoutCard = await ShopperAsync("matrix-shopper-none");
        var (spareKeyId, _) = await IssueBranchKeyAsync(a.Code, "spare");
        var (revokedKeyId, revokedSecret) = await IssueBranchKeyAsync(a.Code, "revoked");
        var revoke = await HeadOffice().DeleteAsync($"/api/v1/hq/api-keys/{revokedKeyId}");
        revoke.StatusCode.ShouldBe(HttpStatusCode.OK, await revoke.Content.ReadAsStringAsync());
        var programme = await HeadOffice().GetFromJsonAsync<JsonObject>("/api/v1/hq/programme");

        return new IsolationWorld(
            a, b, [a1, a2, y], [b1, b2, x], b1, b2, shopperX, x, shopperY, y, withoutCard, spareKeyId, revokedSecret, programme!);
    }

    protected static async Task<HttpResponseMessage> SendAsync(HttpClient client, RouteCase route, IsolationWorld world, string? path = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), path ?? route.Path(world));
        if (route.Body(world) is { } body)
        {
            request.Content = JsonContent.Create(body, body.GetType());
        }

        return await client.SendAsync(request);
    }

    /// <summary>Null when the response is the expected problem document, otherwise what is wrong with it.</summary>
    protected static async Task<string?> ProblemMismatchAsync(HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != status)
        {
            return $"expected {(int)status}, got {(int)response.StatusCode}: {Shorten(body)}";
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"expected application/problem+json, got '{response.Content.Headers.ContentType?.MediaType}': {Shorten(body)}";
        }

        var problem = JsonNode.Parse(body)?.AsObject();
        if (problem?["status"]?.GetValue<int>() != (int)status || problem["traceId"] is null)
        {
            return "problem without matching status or traceId: " + Shorten(body);
        }

        return code is null || problem["code"]?.GetValue<string>() == code
            ? null
            : $"expected code '{code}': {Shorten(body)}";
    }

    /// <summary>Every string value in a JSON document, decoded (the raw text escapes non-ASCII characters).</summary>
    protected static IEnumerable<string> StringValues(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => StringValues(p.Value)),
        JsonArray a => a.SelectMany(StringValues),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    protected HttpClient WithBearer(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected async Task<(HttpClient Shopper, IsolatedMember Member)> OnlineMemberAsync(string openId, string phone, string name, string branchCode)
    {
        var shopper = await ShopperAsync(openId);
        var response = await shopper.PostAsJsonAsync(
            "/api/v1/me/card-applications", new { name, gender = "Male", birthDate = BirthDateOfOnlineMembers, phone, branchCode });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var card = await ReadJsonAsync(response);
        return (shopper, new IsolatedMember(
            Guid.Parse(card["memberId"]!.GetValue<string>()), card["cardNumber"]!.GetValue<string>(), phone, name, BirthDateOfOnlineMembers));
    }

    private static async Task<IsolatedMember> OfflineMemberAsync(TestBranch branch, string phone, string name)
    {
        var card = await ApplyOfflineAsync(branch, phone, name);
        return new IsolatedMember(
            Guid.Parse(card["memberId"]!.GetValue<string>()), card["cardNumber"]!.GetValue<string>(), phone, name, BirthDateOfOfflineMembers);
    }

    private async Task<(string Id, string Secret)> IssueBranchKeyAsync(string branchCode, string name)
    {
        var response = await HeadOffice().PostAsJsonAsync("/api/v1/hq/api-keys", new { name, role = "Branch", branchCode });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var issued = await ReadJsonAsync(response);
        return (issued["key"]!["id"]!.GetValue<string>(), issued["secret"]!.GetValue<string>());
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
