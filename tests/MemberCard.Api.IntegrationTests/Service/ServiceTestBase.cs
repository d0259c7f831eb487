namespace MemberCard.Api.IntegrationTests.Service;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Shared steps of the complaint and campaign-plan tests. The clock is pinned to the current second at the
/// start (the database keeps microseconds, so a whole second reads back exactly); shoppers log in before the
/// clock moves, since their tokens are checked against the real time.
/// </summary>
public abstract class ServiceTestBase(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    protected DateTimeOffset T0 { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var now = DateTimeOffset.UtcNow;
        T0 = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero);
        Factory.Clock.SetUtcNow(T0);
    }

    /// <summary>A logged-in shopper whose card was issued online with <paramref name="branchCode"/> as home branch.</summary>
    protected async Task<(HttpClient Shopper, Guid MemberId, string CardNumber)> ShopperMemberAsync(string openId, string phone, string branchCode)
    {
        var shopper = await ShopperAsync(openId);
        var card = await CreatedAsync(await shopper.PostAsJsonAsync(
            "/api/v1/me/card-applications", new { name = "赵六", gender = "Female", birthDate = "1990-05-12", phone, branchCode }));
        return (shopper, Guid.Parse(Str(card, "memberId")), Str(card, "cardNumber"));
    }

    protected static async Task<JsonObject> CreatedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected static async Task<JsonObject> OkAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected static async Task<JsonObject> GetOkAsync(HttpClient client, string path) => await OkAsync(await client.GetAsync(path));

    /// <summary>The ids of a page's items, in order.</summary>
    protected static List<string> Ids(JsonObject page) => page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();

    protected static string Str(JsonNode node, string field) => node[field]!.GetValue<string>();

    protected static DateTimeOffset Instant(JsonNode node, string field) =>
        DateTimeOffset.Parse(node[field]!.GetValue<string>(), CultureInfo.InvariantCulture);

    protected static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Complaint notices queued in the outbox: member, template and the complaint they are about.</summary>
    protected async Task<List<(Guid MemberId, string Template, string? ComplaintId)>> ComplaintNoticesAsync()
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT member_id, payload->>'template', payload->'data'->>'complaintId'
            FROM membercard.outbox_messages WHERE kind = 'notification.send' AND payload->>'template' LIKE 'complaint.%' ORDER BY id
            """;
        var notices = new List<(Guid, string, string?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            notices.Add((reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return notices;
    }
}
