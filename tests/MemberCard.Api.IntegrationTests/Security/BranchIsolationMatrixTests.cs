namespace MemberCard.Api.IntegrationTests.Security;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The branch isolation matrix: every authenticated route, from <see cref="RouteCases"/>, against every kind
/// of caller that must be refused, plus what branch A may see of branch B through the branch routes.
/// Each test loops over the table and reports all failures at once.
/// </summary>
public sealed class BranchIsolationMatrixTests(MemberCardApiFactory factory) : IsolationTestBase(factory)
{
    private static readonly string[] TillViewProperties =
        ["cardNumber", "cardStatus", "canTransact", "maskedName", "tier", "discountRate", "pointsBalance", "isHomeBranch", "currentCardNumber"];

    [Fact]
    public void RouteTable_WhenComparedWithTheRunningApp_HasExactlyOneCasePerRoute()
    {
        var mapped = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => m + " " + e.RoutePattern.RawText))
            .ToHashSet(StringComparer.Ordinal);
        var cases = RouteCases.All.Select(c => c.Key).ToList();

        var withoutCase = mapped.Except(cases).Except(RouteCases.Anonymous).Order().ToList();
        var stale = cases.Concat(RouteCases.Anonymous).Except(mapped).Order().ToList();
        withoutCase.ShouldBeEmpty("routes without a case in RouteCases: " + string.Join(", ", withoutCase));
        stale.ShouldBeEmpty("cases for routes the app no longer maps: " + string.Join(", ", stale));
        cases.Distinct(StringComparer.Ordinal).Count().ShouldBe(cases.Count, "a route has two cases");
        RouteCases.All.Where(c => !c.Pattern.StartsWith(RouteCases.PrefixOf(c.Audience) + "/", StringComparison.Ordinal))
            .ShouldBeEmpty("a case's audience disagrees with its route prefix");
        RouteCases.All.Where(c => (c.Audience == RouteAudience.Branch) == (c.CrossBranch == CrossBranchRule.NotApplicable))
            .ShouldBeEmpty("every branch route, and only a branch route, says what branch A may get from branch B's data");
    }

    [Fact]
    public async Task EveryRoute_WhenCredentialsAreMissingOrInvalid_Returns401AndChangesNothing()
    {
        var world = await BuildMatrixWorldAsync();
        (string Name, HttpClient Client)[] callers =
        [
            ("no credentials", Anonymous()),
            ("unknown API key", WithApiKey("mc_br_" + new string('x', 40))),
            ("revoked API key", WithApiKey(world.RevokedKeySecret)),
            ("oversized API key", WithApiKey(new string('k', 500))),
            ("malformed bearer token", WithBearer("not-a-jwt")),
        ];
        var before = await SnapshotDatabaseAsync();
        var failures = new List<string>();

        foreach (var route in RouteCases.All)
        {
            foreach (var (name, client) in callers)
            {
                var mismatch = await ProblemMismatchAsync(await SendAsync(client, route, world), HttpStatusCode.Unauthorized, "unauthorized");
                if (mismatch is not null)
                {
                    failures.Add($"{route} with {name}: {mismatch}");
                }
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task EveryRoute_WhenCalledByAnotherAudience_Returns403AndChangesNothing()
    {
        var world = await BuildMatrixWorldAsync();
        var before = await SnapshotDatabaseAsync();
        var failures = new List<string>();

        foreach (var route in RouteCases.All)
        {
            foreach (var (name, client) in WrongAudiences(route.Audience, world))
            {
                var mismatch = await ProblemMismatchAsync(await SendAsync(client, route, world), HttpStatusCode.Forbidden, "forbidden");
                if (mismatch is not null)
                {
                    failures.Add($"{route} as {name}: {mismatch}");
                }
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task EveryRoute_WhenCalledByItsOwner_IsServed()
    {
        var world = await BuildMatrixWorldAsync();
        var failures = new List<string>();

        foreach (var route in RouteCases.All)
        {
            var response = await SendAsync(Owner(route.Audience, world), route, world);
            if (response.StatusCode != route.OwnerStatus)
            {
                failures.Add($"{route}: expected {(int)route.OwnerStatus}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task BranchRoutes_WhenBranchATargetsBranchBMemberOrCard_Return404AndChangeNothing()
    {
        var world = await BuildMatrixWorldAsync();
        var routes = RouteCases.All.Where(c => c.CrossBranch == CrossBranchRule.NotFound).ToList();
        var before = await SnapshotDatabaseAsync();
        var failures = new List<string>();

        foreach (var route in routes)
        {
            var mismatch = await ProblemMismatchAsync(await SendAsync(world.BranchA.Client, route, world), HttpStatusCode.NotFound);
            if (mismatch is not null)
            {
                failures.Add($"{route}: {mismatch}");
            }
        }

        routes.ShouldNotBeEmpty();
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task BranchRoutes_WhenBranchAActsOnItsOwnMember_AreServed()
    {
        var world = await BuildMatrixWorldAsync();
        var own = world.MembersOfA[0];

        var member = await world.BranchA.Client.GetAsync($"/api/v1/branch/members/{own.MemberId}");
        var activated = await world.BranchA.Client.PostAsync($"/api/v1/branch/cards/{own.CardNumber}/activate", null);

        member.StatusCode.ShouldBe(HttpStatusCode.OK, await member.Content.ReadAsStringAsync());
        (await ReadJsonAsync(member))["phone"]!.GetValue<string>().ShouldBe(own.Phone);
        activated.StatusCode.ShouldBe(HttpStatusCode.OK, await activated.Content.ReadAsStringAsync());
        (await ReadJsonAsync(activated))["status"]!.GetValue<string>().ShouldBe("Active");
    }

    [Fact]
    public async Task ListRoutes_WhenCalledByBranchA_ShowOnlyBranchAMembersWhateverTheSearch()
    {
        var world = await BuildMatrixWorldAsync();
        var b1 = world.IssuedCardOfB;
        var failures = new List<string>();
        string[] foreignSearches =
        [
            b1.CardNumber, b1.Phone, b1.Phone[^4..], b1.Name, world.MemberX.CardNumber, world.MemberX.Phone[^4..], world.FrozenCardOfB.Name,
        ];

        foreach (var route in RouteCases.All.Where(c => c.CrossBranch == CrossBranchRule.OwnMembersOnly))
        {
            var all = await world.BranchA.Client.GetAsync(route.Path(world));
            var page = await ReadJsonAsync(all);
            var items = page["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
            items.Select(i => Guid.Parse(i["id"]!.GetValue<string>())).Order()
                .ShouldBe(world.MembersOfA.Select(m => m.MemberId).Order(), $"{route} lists exactly branch A's members");
            page["totalCount"]!.GetValue<int>().ShouldBe(world.MembersOfA.Count);
            items.ShouldAllBe(i => i["homeBranchId"]!.GetValue<string>() == world.BranchA.Id.ToString());
            var values = StringValues(page).ToList();
            world.MembersOfA.Concat(world.MembersOfB)
                .Where(m => values.Any(v => v.Contains(m.Phone, StringComparison.Ordinal) || v.Contains(m.Name, StringComparison.Ordinal)))
                .ShouldBeEmpty("a list shows no full phone or name");

            foreach (var search in foreignSearches)
            {
                var found = await ReadJsonAsync(await world.BranchA.Client.GetAsync(route.Path(world) + "?search=" + Uri.EscapeDataString(search)));
                if (found["totalCount"]!.GetValue<int>() != 0 || found["items"]!.AsArray().Count != 0)
                {
                    failures.Add($"{route} search '{search}' found branch B data: {found.ToJsonString()}");
                }
            }

            foreach (var search in new[] { world.MembersOfA[0].CardNumber, world.MembersOfA[0].Phone[^4..], world.MembersOfA[0].Name })
            {
                var found = await ReadJsonAsync(await world.BranchA.Client.GetAsync(route.Path(world) + "?search=" + Uri.EscapeDataString(search)));
                found["totalCount"]!.GetValue<int>().ShouldBe(1, $"search '{search}' finds branch A's own member");
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task RecordLists_WhenCalledByBranchA_ShowOnlyRecordsOfBranchAMembers()
    {
        var world = await BuildMatrixWorldAsync();
        var routes = RouteCases.All.Where(c => c.CrossBranch == CrossBranchRule.OwnMembersRecords).ToList();

        foreach (var route in routes)
        {
            var page = await ReadJsonAsync(await world.BranchA.Client.GetAsync(route.Path(world)));

            page["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>())).ShouldBe([world.ClaimOfA!.Value], $"{route} for branch A");
        }

        routes.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task BranchRecordLists_WhenCalledByBranchA_ShowItsOwnRecordsAndNoneOfBranchB()
    {
        var world = await BuildMatrixWorldAsync();
        var routes = RouteCases.All.Where(c => c.CrossBranch == CrossBranchRule.OwnBranchLists).ToList();
        var secretsOfB = world.BranchRecordsOfB.Append(world.BranchB.Id.ToString())
            .Concat(world.MembersOfB.SelectMany(m => new[] { m.MemberId.ToString(), m.Phone, m.Name, m.CardNumber }))
            .ToList();
        var failures = new List<string>();

        foreach (var route in routes)
        {
            var asA = await SendAsync(world.BranchA.Client, route, world);
            var asB = await SendAsync(world.BranchB.Client, route, world);
            var seenByA = StringValues(JsonNode.Parse(await asA.Content.ReadAsStringAsync())).ToList();
            var seenByB = StringValues(JsonNode.Parse(await asB.Content.ReadAsStringAsync())).ToList();

            if (asA.StatusCode != HttpStatusCode.OK || !world.BranchRecordsOfA.Any(seenByA.Contains))
            {
                failures.Add($"{route} does not show branch A its own records ({(int)asA.StatusCode})");
            }

            if (!world.BranchRecordsOfB.Any(seenByB.Contains))
            {
                failures.Add($"{route} does not show branch B its own records, so the check below proves nothing");
            }

            failures.AddRange(seenByA.Where(v => secretsOfB.Any(s => v.Contains(s, StringComparison.Ordinal))).Select(v => $"{route} shows branch A '{v}' of branch B"));
        }

        routes.ShouldNotBeEmpty();
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task TillLookup_WhenBranchAScansBranchBCard_ReturnsOnlyTheMinimalMaskedView()
    {
        var world = await BuildMatrixWorldAsync();
        var b1 = world.IssuedCardOfB;
        var routes = RouteCases.All.Where(c => c.CrossBranch == CrossBranchRule.MinimalView).ToList();

        foreach (var route in routes)
        {
            var byCard = await SendAsync(world.BranchA.Client, route, world);
            var byPhone = await SendAsync(world.BranchA.Client, route, world, route.Pattern + "?code=" + b1.Phone);
            var atHome = await SendAsync(world.BranchB.Client, route, world);

            foreach (var (scanned, response) in new[] { ("card number", byCard), ("phone", byPhone) })
            {
                var raw = await response.Content.ReadAsStringAsync();
                response.StatusCode.ShouldBe(HttpStatusCode.OK, $"lookup by {scanned}: {raw}");
                var view = JsonNode.Parse(raw)!.AsObject();
                view.Select(p => p.Key).Order().ShouldBe(TillViewProperties.Order(), $"{route} returns exactly the minimal view");
                view["cardNumber"]!.GetValue<string>().ShouldBe(b1.CardNumber);
                view["currentCardNumber"]!.GetValue<string>().ShouldBe(b1.CardNumber);
                view["cardStatus"]!.GetValue<string>().ShouldBe("Issued");
                view["canTransact"]!.GetValue<bool>().ShouldBeFalse();
                view["tier"]!.GetValue<string>().ShouldBe("Regular");
                view["isHomeBranch"]!.GetValue<bool>().ShouldBeFalse();
                var maskedName = view["maskedName"]!.GetValue<string>();
                maskedName.ShouldStartWith(b1.Name[..1]);
                maskedName.ShouldContain('*');
                maskedName.ShouldNotContain(b1.Name[1..]);
                string[] secrets = [b1.Phone[^4..], b1.BirthDate, b1.Name, b1.MemberId.ToString(), world.BranchB.Id.ToString()];
                StringValues(view).Where(v => secrets.Any(s => v.Contains(s, StringComparison.Ordinal)))
                    .ShouldBeEmpty($"{route} leaks personal data or ids");
            }

            atHome.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await ReadJsonAsync(atHome))["isHomeBranch"]!.GetValue<bool>().ShouldBeTrue();
        }

        routes.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task OfflineApplication_WhenBranchANamesBranchB_HomesTheMemberInBranchA()
    {
        var world = await BuildMatrixWorldAsync();
        var routes = RouteCases.All.Where(c => c.CrossBranch == CrossBranchRule.HomesInCaller).ToList();

        foreach (var route in routes)
        {
            var response = await SendAsync(world.BranchA.Client, route, world);

            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var card = await ReadJsonAsync(response);
            card["cardNumber"]!.GetValue<string>().ShouldStartWith(world.BranchA.RegionCode);
            card["issuingBranchId"]!.GetValue<string>().ShouldBe(world.BranchA.Id.ToString());
            (await HomeBranchOfAsync(Guid.Parse(card["memberId"]!.GetValue<string>()))).ShouldBe(world.BranchA.Id);
            var listedByB = await ReadJsonAsync(await world.BranchB.Client.GetAsync("/api/v1/branch/members"));
            listedByB["totalCount"]!.GetValue<int>().ShouldBe(world.MembersOfB.Count);
        }

        routes.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task BranchRoutes_WhenCalledByHeadOffice_SeeEveryBranch()
    {
        var world = await BuildMatrixWorldAsync();
        var hq = HeadOffice();
        var everyone = world.MembersOfA.Concat(world.MembersOfB).ToList();

        var list = await ReadJsonAsync(await hq.GetAsync("/api/v1/branch/members?pageSize=100"));
        var memberOfA = await hq.GetAsync($"/api/v1/branch/members/{world.MembersOfA[0].MemberId}");
        var memberOfB = await hq.GetAsync($"/api/v1/branch/members/{world.IssuedCardOfB.MemberId}");
        var lookup = await ReadJsonAsync(await hq.GetAsync($"/api/v1/branch/cards/lookup?code={world.IssuedCardOfB.CardNumber}"));

        list["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>())).Order().ShouldBe(everyone.Select(m => m.MemberId).Order());
        list["totalCount"]!.GetValue<int>().ShouldBe(everyone.Count);
        memberOfA.StatusCode.ShouldBe(HttpStatusCode.OK);
        memberOfB.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadJsonAsync(memberOfB))["phone"]!.GetValue<string>().ShouldBe(world.IssuedCardOfB.Phone);
        lookup["cardNumber"]!.GetValue<string>().ShouldBe(world.IssuedCardOfB.CardNumber);
    }

    [Fact]
    public async Task TillRoutes_WhenBranchAServesBranchBCard_AreServedWithoutBranchBPersonalData()
    {
        var world = await BuildMatrixWorldAsync();
        var b3 = world.ActiveCardOfB!;
        var routes = RouteCases.All.Where(c => c.CrossBranch == CrossBranchRule.AnyCardOfChain).ToList();
        string[] secrets = [b3.Name, b3.Phone, b3.Phone[^4..], b3.BirthDate, b3.MemberId.ToString(), world.BranchB.Id.ToString()];
        string[] personalFields = ["name", "maskedName", "phone", "birthDate", "memberId", "homeBranchId", "address", "email"];
        var failures = new List<string>();

        foreach (var route in routes)
        {
            var response = await SendAsync(world.BranchA.Client, route, world);
            var raw = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != route.OwnerStatus)
            {
                failures.Add($"{route}: expected {(int)route.OwnerStatus}, got {(int)response.StatusCode}: {raw}");
                continue;
            }

            var body = JsonNode.Parse(raw);
            if (body?["cardNumber"]?.GetValue<string>() != b3.CardNumber)
            {
                failures.Add($"{route} does not answer for the scanned card: {raw}");
            }

            // A timestamp's fraction of a second can hold any four digits, the phone's last four included.
            failures.AddRange(StringValues(body)
                .Where(v => !DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
                .Where(v => secrets.Any(s => v.Contains(s, StringComparison.Ordinal)))
                .Select(v => $"{route} leaks '{v}'"));
            failures.AddRange(PropertyNames(body).Intersect(personalFields, StringComparer.OrdinalIgnoreCase)
                .Select(p => $"{route} has personal field '{p}'"));
        }

        routes.ShouldNotBeEmpty();
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        (await SellingBranchOfAsync("MATRIX-0002")).ShouldBe(world.BranchA.Id, "the sale is branch A's, whoever's card it was");
        (await HomeBranchOfAsync(b3.MemberId)).ShouldBe(world.BranchB.Id);
    }

    private IEnumerable<(string Name, HttpClient Client)> WrongAudiences(RouteAudience audience, IsolationWorld world) => audience switch
    {
        RouteAudience.Shopper => [("branch key", world.BranchA.Client), ("head-office key", HeadOffice())],
        RouteAudience.Branch => [("shopper with a card", world.ShopperX), ("shopper without a card", world.ShopperWithoutCard)],
        RouteAudience.HeadOffice => [("branch key", world.BranchA.Client), ("shopper", world.ShopperX)],
        _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, null),
    };

    private HttpClient Owner(RouteAudience audience, IsolationWorld world) => audience switch
    {
        RouteAudience.Shopper => world.ShopperX,
        RouteAudience.Branch => world.BranchB.Client,
        RouteAudience.HeadOffice => HeadOffice(),
        _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, null),
    };

    /// <summary>
    /// The shared world plus what the till and points routes act on: an active card of branch B, a receipt of
    /// branch B made the day before (line 1, two units of the matrix's till line: 251 points, spendable today),
    /// and a gift.
    /// </summary>
    private async Task<IsolationWorld> BuildMatrixWorldAsync()
    {
        const string Phone = "13700007788";
        const string Name = "欧阳娜娜";
        const string Receipt = "MATRIX-0001";
        var world = await BuildWorldAsync();
        var card = await ApplyOfflineAsync(world.BranchB, Phone, Name);
        var b3 = new IsolatedMember(Guid.Parse(card["memberId"]!.GetValue<string>()), card["cardNumber"]!.GetValue<string>(), Phone, Name, BirthDateOfOfflineMembers);
        var activated = await world.BranchB.Client.PostAsync($"/api/v1/branch/cards/{b3.CardNumber}/activate", null);
        activated.StatusCode.ShouldBe(HttpStatusCode.OK, await activated.Content.ReadAsStringAsync());
        Factory.Clock.SetUtcNow(DateTimeOffset.UtcNow.AddDays(-1));
        var sold = await world.BranchB.Client.PostAsJsonAsync(
            "/api/v1/branch/purchases", new { receiptNo = Receipt, code = b3.CardNumber, lines = RouteCases.TillLines });
        Factory.Clock.Reset();
        sold.StatusCode.ShouldBe(HttpStatusCode.Created, await sold.Content.ReadAsStringAsync());
        var gift = await HeadOffice().PostAsJsonAsync("/api/v1/hq/gifts", new { name = "雨伞", pointsPrice = 100L, stock = 10 });
        gift.StatusCode.ShouldBe(HttpStatusCode.Created, await gift.Content.ReadAsStringAsync());
        var giftId = Guid.Parse((await ReadJsonAsync(gift))["id"]!.GetValue<string>());

        var toppedUp = await world.BranchB.Client.PostAsJsonAsync(
            "/api/v1/branch/top-ups", new { receiptNo = "MATRIX-TU-B", code = b3.CardNumber, amount = 300m });
        toppedUp.StatusCode.ShouldBe(HttpStatusCode.Created, await toppedUp.Content.ReadAsStringAsync());
        var package = await HeadOffice().PostAsJsonAsync("/api/v1/hq/stored-value/packages", new { name = "充200送10", pay = 200m, bonus = 10m });
        package.StatusCode.ShouldBe(HttpStatusCode.Created, await package.Content.ReadAsStringAsync());
        var packageId = Guid.Parse((await ReadJsonAsync(package))["id"]!.GetValue<string>());

        var claimOfB = await GrantClaimAsync(b3.MemberId);
        var claimOfA = await GrantClaimAsync(world.MembersOfA[0].MemberId);

        var matrix = await AddMemberCareAsync(world with
        {
            MembersOfB = [.. world.MembersOfB, b3], ActiveCardOfB = b3, ReceiptOfB = Receipt, GiftId = giftId,
            TopUpReceiptOfB = "MATRIX-TU-B", TopUpPackageId = packageId, ClaimOfB = claimOfB, ClaimOfA = claimOfA,
        });
        return await Service.ServiceMatrixData.AddAsync(matrix);
    }

    /// <summary>
    /// Birthday members of this month in both branches, birthday gifts each branch issued, and a Gold member in each
    /// branch whose ¥10,000 purchase started a follow-up cadence; one more branch-B birthday member has no gift yet.
    /// </summary>
    private async Task<IsolationWorld> AddMemberCareAsync(IsolationWorld world)
    {
        var today = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime.AddHours(8));
        var birthDate = $"1990-{today.Month:D2}-01";
        var a4 = await BirthdayMemberAsync(world.BranchA, "13900000077", "周杰伦", birthDate);
        var b4 = await BirthdayMemberAsync(world.BranchB, "13700005511", "吴敏", birthDate);
        var b5 = await BirthdayMemberAsync(world.BranchB, "13700005522", "郑爽", birthDate);
        var b6 = await BirthdayMemberAsync(world.BranchB, "13700005533", "冯巩", birthDate);
        var tasksOfA = await StartCadenceAsync(world.BranchA, a4, "MATRIX-CARE-A");
        var tasksOfB = await StartCadenceAsync(world.BranchB, b5, "MATRIX-CARE-B");
        var giftOfA = await IssueBirthdayGiftAsync(world.BranchA, a4);
        var giftToSign = await IssueBirthdayGiftAsync(world.BranchB, b5);
        var giftToReturn = await IssueBirthdayGiftAsync(world.BranchB, b6);

        return world with
        {
            MembersOfA = [.. world.MembersOfA, a4],
            MembersOfB = [.. world.MembersOfB, b4, b5, b6],
            BirthdayMemberOfB = b4,
            GiftToSignOfB = giftToSign,
            GiftToReturnOfB = giftToReturn,
            FollowUpOfB = tasksOfB.Calls[0],
            GiftPeriod = $"{today:yyyy-MM}-{(today.Day <= 15 ? 1 : 2)}",
            BranchRecordsOfA = [a4.MemberId.ToString(), giftOfA.ToString(), .. tasksOfA.All.Select(t => t.ToString())],
            BranchRecordsOfB =
            [
                b4.MemberId.ToString(), b5.MemberId.ToString(), b6.MemberId.ToString(), giftToSign.ToString(), giftToReturn.ToString(),
                .. tasksOfB.All.Select(t => t.ToString()),
            ],
        };
    }

    private async Task<IsolatedMember> BirthdayMemberAsync(TestBranch branch, string phone, string name, string birthDate)
    {
        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/card-applications", new { name, gender = "Female", birthDate, phone });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var card = await ReadJsonAsync(response);
        return new IsolatedMember(Guid.Parse(card["memberId"]!.GetValue<string>()), card["cardNumber"]!.GetValue<string>(), phone, name, birthDate);
    }

    /// <summary>A purchase that makes the member Gold; returns the cadence's task ids, calls apart.</summary>
    private async Task<(IReadOnlyList<Guid> All, IReadOnlyList<Guid> Calls)> StartCadenceAsync(TestBranch branch, IsolatedMember member, string receiptNo)
    {
        var activated = await branch.Client.PostAsync($"/api/v1/branch/cards/{member.CardNumber}/activate", null);
        activated.StatusCode.ShouldBe(HttpStatusCode.OK, await activated.Content.ReadAsStringAsync());
        var sold = await branch.Client.PostAsJsonAsync("/api/v1/branch/purchases", new
        {
            receiptNo, code = member.CardNumber, lines = new[] { new { sku = "JADE-01", quantity = 1m, unitPrice = 10_000m } },
        });
        sold.StatusCode.ShouldBe(HttpStatusCode.Created, await sold.Content.ReadAsStringAsync());
        var tasks = (await ReadJsonAsync(await branch.Client.GetAsync("/api/v1/branch/follow-ups")))["items"]!.AsArray()
            .Where(t => t!["member"]!["id"]!.GetValue<string>() == member.MemberId.ToString())
            .ToList();
        tasks.Count.ShouldBe(7);
        return (
            tasks.Select(t => Guid.Parse(t!["id"]!.GetValue<string>())).ToList(),
            tasks.Where(t => t!["kind"]!.GetValue<string>() == "Call").Select(t => Guid.Parse(t!["id"]!.GetValue<string>())).ToList());
    }

    private static async Task<Guid> IssueBirthdayGiftAsync(TestBranch branch, IsolatedMember member)
    {
        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/birthday-gifts", new { memberId = member.MemberId, giftName = "寿面礼盒" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return Guid.Parse((await ReadJsonAsync(response))["id"]!.GetValue<string>());
    }

    /// <summary>An open milestone claim, as the month-end job would grant it.</summary>
    private async Task<Guid> GrantClaimAsync(Guid memberId)
    {
        var id = Guid.NewGuid();
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO membercard.milestone_claims
                (id, member_id, card_year_start, milestone_points, points_earned, gift_value, eligible_on, lapses_on, status)
            VALUES (@id, @member, current_date - 100, 5000, 5200, 200, current_date - 1, current_date + 80, 'Open')
            """;
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("member", memberId);
        await command.ExecuteNonQueryAsync();
        return id;
    }

    private static IEnumerable<string> PropertyNames(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => PropertyNames(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(PropertyNames),
        _ => [],
    };

    private async Task<Guid> SellingBranchOfAsync(string receiptNo)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT branch_id FROM membercard.purchases WHERE receipt_no = @receipt";
        command.Parameters.AddWithValue("receipt", receiptNo);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private async Task<Guid> HomeBranchOfAsync(Guid memberId)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT home_branch_id FROM membercard.members WHERE id = @id";
        command.Parameters.AddWithValue("id", memberId);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }
}
