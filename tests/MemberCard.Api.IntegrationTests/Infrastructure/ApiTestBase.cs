namespace MemberCard.Api.IntegrationTests.Infrastructure;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

/// <summary>
/// Every test starts from an empty chain with the programme defaults and the bootstrap HQ key, then builds
/// what it needs through the API itself.
/// </summary>
[Collection(ApiCollection.Name)]
public abstract class ApiTestBase(MemberCardApiFactory factory) : IAsyncLifetime
{
    protected MemberCardApiFactory Factory { get; } = factory;

    public virtual Task InitializeAsync() => Factory.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected HttpClient Anonymous() => Factory.CreateClient();

    protected HttpClient HeadOffice() => WithApiKey(MemberCardApiFactory.HeadOfficeKey);

    protected HttpClient WithApiKey(string key)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>A shopper's client that logs in with the simulated WeChat code before every request.</summary>
    protected async Task<HttpClient> ShopperAsync(string openId)
    {
        var client = Factory.CreateDefaultClient(new ShopperLoginHandler(Factory, openId));
        (await client.GetAsync("/health/live")).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>A shopper's client holding one token, issued now: it expires with the service's clock.</summary>
    protected async Task<HttpClient> ShopperWithFixedTokenAsync(string openId)
    {
        var login = await Anonymous().PostAsJsonAsync("/api/v1/auth/wechat/login", new { code = "dev:" + openId });
        login.EnsureSuccessStatusCode();
        var body = await login.Content.ReadFromJsonAsync<JsonObject>();
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body!["accessToken"]!.GetValue<string>());
        return client;
    }

    /// <summary>Opens a branch through the HQ API and returns it with a fresh POS key.</summary>
    protected async Task<TestBranch> OpenBranchAsync(string code, string regionCode, string kind = "Direct")
    {
        var hq = HeadOffice();
        var created = await hq.PostAsJsonAsync("/api/v1/hq/branches", new { code, name = code + " store", regionCode, kind });
        created.EnsureSuccessStatusCode();
        var branch = await created.Content.ReadFromJsonAsync<JsonObject>();
        var key = await hq.PostAsJsonAsync("/api/v1/hq/api-keys", new { name = code + " POS", role = "Branch", branchCode = code });
        key.EnsureSuccessStatusCode();
        var issued = await key.Content.ReadFromJsonAsync<JsonObject>();
        var id = Guid.Parse(branch!["id"]!.GetValue<string>());
        return new TestBranch(id, code, regionCode, WithApiKey(issued!["secret"]!.GetValue<string>()), issued["key"]!["id"]!.GetValue<string>());
    }

    /// <summary>Makes <paramref name="branchCode"/> the home of online applications that name none.</summary>
    protected async Task SetDefaultOnlineBranchAsync(string branchCode)
    {
        var hq = HeadOffice();
        var programme = await hq.GetFromJsonAsync<JsonObject>("/api/v1/hq/programme");
        programme!["defaultOnlineBranchCode"] = branchCode;
        var put = await hq.PutAsJsonAsync("/api/v1/hq/programme", programme);
        put.EnsureSuccessStatusCode();
    }

    protected static object Application(string phone, string name = "张三", string gender = "Female", string birthDate = "1990-05-12") =>
        new { name, gender, birthDate, phone };

    /// <summary>Applies offline at the branch and returns the issued card.</summary>
    protected static async Task<JsonObject> ApplyOfflineAsync(TestBranch branch, string phone, string name = "张三")
    {
        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/card-applications", Application(phone, name));
        (await response.Content.ReadAsStringAsync()).ShouldNotBeNull();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Staff activate the card at the branch, as a member who can earn and spend needs.</summary>
    protected static async Task ActivateAtBranchAsync(TestBranch branch, string cardNumber)
    {
        var activated = await branch.Client.PostAsync($"/api/v1/branch/cards/{cardNumber}/activate", null);
        activated.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await activated.Content.ReadAsStringAsync());
    }

    protected static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>A fingerprint of every table's content: equal before and after means nothing was written.</summary>
    protected async Task<IReadOnlyDictionary<string, string>> SnapshotDatabaseAsync()
    {
        await using var connection = await Factory.OpenConnectionAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'membercard' AND table_type = 'BASE TABLE' ORDER BY 1";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var snapshot = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            await using var hash = connection.CreateCommand();
            hash.CommandText = $"SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM membercard.\"{table}\" t";
            snapshot[table] = (string)(await hash.ExecuteScalarAsync())!;
        }

        return snapshot;
    }

    /// <summary>Balance = ledger sum = open lots for every member, nothing negative (see <see cref="PointsBooks"/>).</summary>
    protected Task AssertPointsBooksBalanceAsync() => PointsBooks.AssertBalancedAsync(Factory);

    protected static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
