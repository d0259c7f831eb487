namespace MemberCard.Api.IntegrationTests.MemberCare;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Till;

/// <summary>
/// The birthday programme and the follow-up cadence over HTTP. The clock stays pinned to noon of
/// <see cref="TillTestBase.Today"/> (10 March 2026 in China, 04:00 UTC) unless a test moves it.
/// </summary>
public abstract class MemberCareTestBase(MemberCardApiFactory factory) : TillTestBase(factory)
{
    protected const string BirthdaysRoute = "/api/v1/branch/birthdays";
    protected const string GiftsRoute = "/api/v1/branch/birthday-gifts";
    protected const string ReconciliationRoute = "/api/v1/branch/birthday-gifts/reconciliation";
    protected const string FollowUpsRoute = "/api/v1/branch/follow-ups";
    protected const string MarchBirthDate = "1990-03-20";

    private int _receipts;

    protected static Task<HttpResponseMessage> IssueGiftAsync(HttpClient client, object body) => client.PostAsJsonAsync(GiftsRoute, body);

    protected static async Task<JsonObject> IssuedGiftAsync(TestBranch branch, TillMember member, string giftName = "寿面礼盒")
    {
        var response = await IssueGiftAsync(branch.Client, new { memberId = member.MemberId, giftName });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected static Guid IdOf(JsonNode? node) => Guid.Parse(node!["id"]!.GetValue<string>());

    protected static async Task<JsonObject> GetOkAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected static List<JsonObject> Items(JsonObject page) => page["items"]!.AsArray().Select(i => i!.AsObject()).ToList();

    /// <summary>A regular-price purchase of <paramref name="yuan"/> at the branch now; ¥10,000 makes a Regular member Gold.</summary>
    protected async Task<JsonObject> BuyAsync(TestBranch branch, TillMember member, decimal yuan)
    {
        var receiptNo = "CARE-" + Interlocked.Increment(ref _receipts).ToString("D4", CultureInfo.InvariantCulture);
        return await CommittedAsync(branch.Client, receiptNo, member.CardNumber, [TillLine.Regular("JADE-01", 1, yuan)]);
    }

    /// <summary>The templates of the notices queued for a member, oldest first.</summary>
    protected async Task<List<string>> NoticesOfAsync(TillMember member)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT payload->>'template' FROM membercard.outbox_messages
            WHERE kind = 'notification.send' AND member_id = @member ORDER BY id
            """;
        command.Parameters.AddWithValue("member", member.MemberId);
        var templates = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            templates.Add(reader.GetString(0));
        }

        return templates;
    }

    protected static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    protected static DateTimeOffset InstantOf(JsonNode? node) => DateTimeOffset.Parse(node!.GetValue<string>(), CultureInfo.InvariantCulture);
}
