namespace MemberCard.Api.IntegrationTests.Security;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>A shopper sees and changes only their own card: no /me route takes another member's id.</summary>
public sealed class ShopperIsolationTests(MemberCardApiFactory factory) : IsolationTestBase(factory)
{
    [Fact]
    public async Task MyCard_WhenTwoShoppersHaveCards_EachSeesOnlyTheirOwn()
    {
        var world = await BuildWorldAsync();
        var x = world.MemberX;
        var y = world.MemberY;

        var ofX = await world.ShopperX.GetAsync("/api/v1/me/card");
        var ofY = await world.ShopperY.GetAsync("/api/v1/me/card");
        var smuggled = await world.ShopperX.GetAsync($"/api/v1/me/card?memberId={y.MemberId}&cardNumber={y.CardNumber}&code={y.CardNumber}");

        foreach (var (response, self, other) in new[] { (ofX, x, y), (ofY, y, x), (smuggled, x, y) })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var card = await ReadJsonAsync(response);
            card["cardNumber"]!.GetValue<string>().ShouldBe(self.CardNumber);
            card["member"]!["id"]!.GetValue<string>().ShouldBe(self.MemberId.ToString());
            card["member"]!["phone"]!.GetValue<string>().ShouldBe(self.Phone);
            string[] foreign = [other.CardNumber, other.Phone, other.MemberId.ToString(), other.Name];
            StringValues(card).Where(v => foreign.Any(f => v.Contains(f, StringComparison.Ordinal))).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task MyLifecycle_WhenShopperXActsEvenNamingYsCard_ChangesOnlyX()
    {
        var world = await BuildWorldAsync();
        var x = world.MemberX;
        var y = world.MemberY;
        var rowsOfY = await RowsOfMemberAsync(y.MemberId);
        var auditOfY = await AuditActionsAsync(y.MemberId);
        var smuggle = "?cardNumber=" + y.CardNumber + "&memberId=" + y.MemberId;
        var naming = new { cardNumber = y.CardNumber, memberId = y.MemberId };

        var activated = await world.ShopperX.PostAsJsonAsync("/api/v1/me/card/activate" + smuggle, naming);
        var lost = await world.ShopperX.PostAsJsonAsync("/api/v1/me/card/loss-report" + smuggle, naming);
        var reissued = await world.ShopperX.PostAsJsonAsync("/api/v1/me/card/reissue" + smuggle, naming);
        var phone = await world.ShopperX.PostAsJsonAsync("/api/v1/me/phone" + smuggle, new { phoneCode = "dev:" + x.Phone, memberId = y.MemberId });
        var profile = await world.ShopperX.PatchAsJsonAsync("/api/v1/me/profile" + smuggle, new { address = "上海市浦东新区", memberId = y.MemberId });

        foreach (var response in new[] { activated, lost, reissued, phone, profile })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        (await ReadJsonAsync(activated))["cardNumber"]!.GetValue<string>().ShouldBe(x.CardNumber);
        (await ReadJsonAsync(lost))["cardNumber"]!.GetValue<string>().ShouldBe(x.CardNumber);
        var replacement = await ReadJsonAsync(reissued);
        replacement["replacesCardNumber"]!.GetValue<string>().ShouldBe(x.CardNumber);
        replacement["memberId"]!.GetValue<string>().ShouldBe(x.MemberId.ToString());
        (await ReadJsonAsync(phone))["id"]!.GetValue<string>().ShouldBe(x.MemberId.ToString());
        (await ReadJsonAsync(profile))["member"]!["id"]!.GetValue<string>().ShouldBe(x.MemberId.ToString());
        (await RowsOfMemberAsync(y.MemberId)).ShouldBe(rowsOfY);
        (await AuditActionsAsync(y.MemberId)).ShouldBe(auditOfY);
        (await AuditActionsAsync(x.MemberId)).ShouldBe(
            ["card.issued", "card.activated", "card.reported_lost", "card.reissued", "member.phone_verified", "member.profile_updated"]);
        var cardOfY = await ReadJsonAsync(await world.ShopperY.GetAsync("/api/v1/me/card"));
        cardOfY["cardNumber"]!.GetValue<string>().ShouldBe(y.CardNumber);
        cardOfY["cardStatus"]!.GetValue<string>().ShouldBe("Issued");
    }

    [Fact]
    public async Task MeRoutes_WhenShopperHasNoCard_Return404AndChangeNothing()
    {
        var world = await BuildWorldAsync();
        var before = await SnapshotDatabaseAsync();
        var failures = new List<string>();
        // Applying and browsing the gift catalogue and the top-up packages are open to a shopper who has no card yet.
        var routes = RouteCases.All
            .Where(c => c.Audience == RouteAudience.Shopper && c.Pattern is not ("/api/v1/me/card-applications" or "/api/v1/me/gifts" or "/api/v1/me/stored-value/packages"))
            .ToList();

        foreach (var route in routes)
        {
            var mismatch = await ProblemMismatchAsync(await SendAsync(world.ShopperWithoutCard, route, world), HttpStatusCode.NotFound);
            if (mismatch is not null)
            {
                failures.Add($"{route}: {mismatch}");
            }
        }

        routes.ShouldNotBeEmpty();
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    /// <summary>The member's row and card rows as text: equal before and after means untouched.</summary>
    private async Task<string> RowsOfMemberAsync(Guid memberId)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT m::text FROM membercard.members m WHERE m.id = @id)
                || ' / ' || (SELECT string_agg(c::text, ' | ' ORDER BY c.number) FROM membercard.cards c WHERE c.member_id = @id)
            """;
        command.Parameters.AddWithValue("id", memberId);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<List<string>> AuditActionsAsync(Guid memberId)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT action FROM membercard.audit_entries WHERE subject_id = @id ORDER BY id";
        command.Parameters.AddWithValue("id", memberId.ToString());
        var actions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            actions.Add(reader.GetString(0));
        }

        return actions;
    }
}
