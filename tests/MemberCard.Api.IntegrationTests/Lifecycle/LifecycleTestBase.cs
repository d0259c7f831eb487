namespace MemberCard.Api.IntegrationTests.Lifecycle;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>Shared steps of the card lifecycle tests: apply online, drive a card, read members, audit and problems.</summary>
public abstract class LifecycleTestBase(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    protected static Task<HttpResponseMessage> ApplyOnlineAsync(
        HttpClient shopper, string phone, string? branchCode = null, string name = "李四", string? address = null, string? email = null) =>
        shopper.PostAsJsonAsync("/api/v1/me/card-applications", new
        {
            name,
            gender = "Male",
            birthDate = "1988-02-29",
            phone,
            address,
            email,
            branchCode,
        });

    /// <summary>Applies online and returns the issued card, failing the test when the application is refused.</summary>
    protected static async Task<JsonObject> ApplyOnlineOkAsync(HttpClient shopper, string phone, string? branchCode = null)
    {
        var response = await ApplyOnlineAsync(shopper, phone, branchCode);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    /// <summary>A lifecycle command: these routes take no body.</summary>
    protected static Task<HttpResponseMessage> CommandAsync(HttpClient client, string route) => client.PostAsync(route, content: null);

    protected static async Task<JsonObject> CommandOkAsync(HttpClient client, string route)
    {
        var response = await CommandAsync(client, route);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected static async Task<JsonObject> GetOkAsync(HttpClient client, string route)
    {
        var response = await client.GetAsync(route);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected static Task<JsonObject> GetMemberAsync(HttpClient client, string memberId) =>
        GetOkAsync(client, "/api/v1/branch/members/" + memberId);

    protected static Task<JsonObject> LookupAsync(HttpClient client, string code) =>
        GetOkAsync(client, "/api/v1/branch/cards/lookup?code=" + code);

    /// <summary>Asserts a problem document with the given status and stable code and returns it.</summary>
    protected static async Task<JsonObject> ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonNode.Parse(text)!.AsObject();
        Str(problem, "code").ShouldBe(code, text);
        Str(problem, "traceId").ShouldNotBeNullOrWhiteSpace();
        return problem;
    }

    /// <summary>The review reasons' codes of a 422 problem.</summary>
    protected static IReadOnlyList<string> ReasonCodes(JsonObject problem) =>
        problem["reasons"]!.AsArray().Select(r => r!["code"]!.GetValue<string>()).ToList();

    /// <summary>Every audit entry about the member, oldest first.</summary>
    protected async Task<IReadOnlyList<JsonObject>> AuditOfAsync(string memberId)
    {
        var page = await GetOkAsync(HeadOffice(), "/api/v1/hq/audit?pageSize=100&subjectId=" + memberId);
        return page["items"]!.AsArray().Select(e => e!.AsObject()).OrderBy(e => e["id"]!.GetValue<long>()).ToList();
    }

    /// <summary>Stands in for the points engine of a later issue: the member earned points and a higher tier.</summary>
    protected async Task SetPointsAndTierAsync(string memberId, long points, string tier)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE membercard.members SET points_balance = @points, tier = @tier WHERE id = @id";
        command.Parameters.AddWithValue("points", points);
        command.Parameters.AddWithValue("tier", tier);
        command.Parameters.AddWithValue("id", Guid.Parse(memberId));
        (await command.ExecuteNonQueryAsync()).ShouldBe(1);
    }

    protected static string Str(JsonNode? node, string property) => node![property]!.GetValue<string>();

    protected static string? StrOrNull(JsonNode? node, string property) => node![property]?.GetValue<string>();

    /// <summary>The 7-digit serial of an 11-digit card number.</summary>
    protected static int SerialOf(string cardNumber) => int.Parse(cardNumber.AsSpan(3, 7), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Independent Luhn check over all 11 digits, so a wrong check digit in the product is caught.</summary>
    protected static bool HasValidLuhn(string number)
    {
        var sum = 0;
        for (var i = 0; i < number.Length; i++)
        {
            var digit = number[number.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
