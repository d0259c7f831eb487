namespace MemberCard.Api.IntegrationTests.Concurrency;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>Card serials are allocated in order per region, without gaps, and stay unique under parallel applications.</summary>
public sealed class CardSerialConcurrencyTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task OfflineApplications_When20RunInParallelInOneRegion_Get20DistinctGapFreeNumbers()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var phones = Enumerable.Range(1, 20).Select(i => "1380000" + i.ToString("D4", CultureInfo.InvariantCulture)).ToList();

        var responses = await Task.WhenAll(phones.Select(p => branch.Client.PostAsJsonAsync("/api/v1/branch/card-applications", Application(p))));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created, string.Join(Environment.NewLine, bodies));
        var numbers = bodies.Select(b => JsonNode.Parse(b)!["cardNumber"]!.GetValue<string>()).ToList();
        numbers.Distinct().Count().ShouldBe(20);
        numbers.ShouldAllBe(n => n.Length == 11 && n.StartsWith("755", StringComparison.Ordinal) && PassesLuhn(n));
        numbers.Select(Serial).Order().ShouldBe(Enumerable.Range(1, 20));
        (await CardNumbersInDatabaseAsync()).Order().ShouldBe(numbers.Order());
        (await LastSerialAsync("755")).ShouldBe(20);
        (await IssuedInCommitOrderAsync()).Select(Serial).ShouldBe(Enumerable.Range(1, 20), "serials follow the order the applications committed");
    }

    [Fact]
    public async Task OfflineApplications_WhenTwoRegionsApplyInParallel_EachRegionHasItsOwnSequenceFromOne()
    {
        var shenzhen = await OpenBranchAsync("SZ001", "755");
        var shanghai = await OpenBranchAsync("SH001", "021");
        var calls = Enumerable.Range(1, 20)
            .Select(i => (i % 2 == 0 ? shenzhen : shanghai).Client.PostAsJsonAsync(
                "/api/v1/branch/card-applications", Application("1390000" + i.ToString("D4", CultureInfo.InvariantCulture))));

        var responses = await Task.WhenAll(calls);
        var secondShanghaiBranch = await OpenBranchAsync("SH002", "021");
        var next = await ApplyOfflineAsync(secondShanghaiBranch, "13900009999");

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created, string.Join(Environment.NewLine, bodies));
        var numbers = bodies.Select(b => JsonNode.Parse(b)!["cardNumber"]!.GetValue<string>()).ToList();
        numbers.ShouldAllBe(n => PassesLuhn(n));
        numbers.Where(n => n.StartsWith("755", StringComparison.Ordinal)).Select(Serial).Order().ShouldBe(Enumerable.Range(1, 10));
        numbers.Where(n => n.StartsWith("021", StringComparison.Ordinal)).Select(Serial).Order().ShouldBe(Enumerable.Range(1, 10));
        var nextNumber = next["cardNumber"]!.GetValue<string>();
        nextNumber.ShouldStartWith("021");
        Serial(nextNumber).ShouldBe(11, "a second branch in a region continues the region's sequence");
    }

    [Fact]
    public async Task OfflineApplications_WhenTenRaceWithTheSamePhone_IssueExactlyOneCardAndLeaveNoGap()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        const string phone = "13812345678";

        var responses = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => branch.Client.PostAsJsonAsync("/api/v1/branch/card-applications", Application(phone))));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        var report = string.Join(Environment.NewLine, bodies);
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1, report);
        responses.Where(r => r.StatusCode != HttpStatusCode.Created)
            .ShouldAllBe(r => r.StatusCode == HttpStatusCode.UnprocessableEntity || r.StatusCode == HttpStatusCode.Conflict, report);
        bodies.Where((_, i) => responses[i].StatusCode == HttpStatusCode.UnprocessableEntity)
            .ShouldAllBe(b => JsonNode.Parse(b)!["code"]!.GetValue<string>() == "review.phone_taken", report);
        var winner = JsonNode.Parse(bodies[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.Created)])!;
        Serial(winner["cardNumber"]!.GetValue<string>()).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM membercard.members WHERE phone = '" + phone + "'")).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM membercard.cards")).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM membercard.audit_entries WHERE action = 'card.issued'")).ShouldBe(1);
        (await LastSerialAsync("755")).ShouldBe(1, "the losers' serials were rolled back with them");
        Serial((await ApplyOfflineAsync(branch, "13812340000"))["cardNumber"]!.GetValue<string>()).ShouldBe(2);
    }

    [Fact]
    public async Task OfflineApplications_WhenTheSamePhoneRacesAcrossRegions_IssueExactlyOneCardAndLeaveNoGap()
    {
        var shenzhen = await OpenBranchAsync("SZ001", "755");
        var shanghai = await OpenBranchAsync("SH001", "021");
        const string phone = "13887654321";

        var responses = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(i => (i % 2 == 0 ? shenzhen : shanghai).Client.PostAsJsonAsync("/api/v1/branch/card-applications", Application(phone))));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        var report = string.Join(Environment.NewLine, bodies);
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1, report);
        responses.Where(r => r.StatusCode != HttpStatusCode.Created)
            .ShouldAllBe(r => r.StatusCode == HttpStatusCode.UnprocessableEntity || r.StatusCode == HttpStatusCode.Conflict, report);
        (await CountAsync("SELECT count(*) FROM membercard.members WHERE phone = '" + phone + "'")).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM membercard.cards")).ShouldBe(1);
        var winnerRegion = (await CardNumbersInDatabaseAsync()).Single()[..3];
        var loserRegion = winnerRegion == "755" ? "021" : "755";
        (await LastSerialAsync(winnerRegion)).ShouldBe(1);
        (await LastSerialAsync(loserRegion) ?? 0).ShouldBe(0, "the losing region's serials were rolled back");
        var nextInLoserRegion = await ApplyOfflineAsync(loserRegion == "755" ? shenzhen : shanghai, "13887650000");
        Serial(nextInLoserRegion["cardNumber"]!.GetValue<string>()).ShouldBe(1);
    }

    private static int Serial(string cardNumber) => int.Parse(cardNumber.AsSpan(3, 7), CultureInfo.InvariantCulture);

    /// <summary>Luhn over the whole number, written here independently of the product's check-digit code.</summary>
    private static bool PassesLuhn(string number)
    {
        var sum = 0;
        for (var i = 0; i < number.Length; i++)
        {
            var digit = number[number.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit = digit * 2 > 9 ? (digit * 2) - 9 : digit * 2;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    private async Task<List<string>> CardNumbersInDatabaseAsync() => await StringsAsync("SELECT number FROM membercard.cards");

    /// <summary>
    /// Card numbers in the order their applications wrote the audit trail. The allocator holds the region's
    /// row lock until commit, so this is commit order.
    /// </summary>
    private async Task<List<string>> IssuedInCommitOrderAsync() =>
        await StringsAsync("SELECT details->>'cardNumber' FROM membercard.audit_entries WHERE action = 'card.issued' ORDER BY id");

    private async Task<List<string>> StringsAsync(string sql)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long?> LastSerialAsync(string region)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT last_serial FROM membercard.region_serials WHERE region_code = @region";
        command.Parameters.AddWithValue("region", region);
        return await command.ExecuteScalarAsync() as long?;
    }
}
