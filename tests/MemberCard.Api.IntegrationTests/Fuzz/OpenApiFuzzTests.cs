namespace MemberCard.Api.IntegrationTests.Fuzz;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;
using Xunit.Abstractions;

/// <summary>
/// Every operation of the OpenAPI document, sent many mutated requests with each caller that could reach it:
/// no 5xx, a ProblemDetails for every 4xx, and a rejected request writes nothing. The seed is fixed so a
/// failure replays; <c>FUZZ_SEED</c> and <c>FUZZ_REQUESTS</c> (per operation) widen a local run.
/// </summary>
public sealed class OpenApiFuzzTests(MemberCardApiFactory factory, ITestOutputHelper output) : ApiTestBase(factory)
{
    private const int DefaultSeed = 20261128;
    private const int DefaultRequestsPerOperation = 14;

    [Fact]
    public async Task EveryOperation_WhenSentHostileRequests_AnswersWithout5xxAndRejectionsAreProblemsThatWriteNothing()
    {
        var world = await BuildWorldAsync();
        var document = await Anonymous().GetFromJsonAsync<JsonObject>("/swagger/v1/swagger.json");
        var operations = OpenApiCatalog.Read(document!);
        var seed = Setting("FUZZ_SEED", DefaultSeed);
        var perOperation = Setting("FUZZ_REQUESTS", DefaultRequestsPerOperation);
        var requests = new HostileRequests(new Random(seed), world.KnownValues);
        var failures = new List<string>();
        var sent = 0;
        var rejectedOperations = 0;
        var statuses = new SortedDictionary<int, int>();

        foreach (var operation in operations)
        {
            var before = await SnapshotDatabaseAsync();
            var accepted = false;
            for (var i = 0; i < perOperation; i++)
            {
                using var request = requests.Build(operation);
                var described = $"{request.Method} {Shorten(request.RequestUri!.ToString())}";
                var caller = i % 7 == 6 ? world.Intruder(i) : world.CallerFor(operation.PathTemplate);
                using var response = await caller.SendAsync(request);
                sent++;
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                var mediaType = response.Content.Headers.ContentType?.MediaType;
                accepted |= status < 400;
                if (status >= 500)
                {
                    failures.Add($"{operation}: {described} → {status}: {Shorten(await response.Content.ReadAsStringAsync())}");
                }
                else if (status >= 400 && mediaType != ProblemAssertions.ProblemJson)
                {
                    failures.Add($"{operation}: {described} → {status} with {mediaType ?? "no body"}, not a problem");
                }
            }

            if (!accepted)
            {
                rejectedOperations++;
                var after = await SnapshotDatabaseAsync();
                var changed = before.Where(t => after.GetValueOrDefault(t.Key) != t.Value).Select(t => t.Key).ToList();
                if (changed.Count > 0)
                {
                    failures.Add($"{operation}: every request was rejected, yet {string.Join(", ", changed)} changed");
                }
            }
        }

        output.WriteLine($"seed {seed}: {sent} requests over {operations.Count} operations, {rejectedOperations} rejected everything; " +
            string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}")));
        operations.Count.ShouldBeGreaterThan(60, "the OpenAPI document should list every route");
        rejectedOperations.ShouldBeGreaterThan(operations.Count / 3, "too few operations rejected everything to check that rejections write nothing");
        failures.ShouldBeEmpty($"seed {seed}, {sent} requests over {operations.Count} operations:{Environment.NewLine}" +
            string.Join(Environment.NewLine, failures.Take(40)) + Environment.NewLine + Factory.ServerErrors.Dump());
    }

    private async Task<FuzzWorld> BuildWorldAsync()
    {
        var branch = await OpenBranchAsync("FZ001", "755");
        await SetDefaultOnlineBranchAsync(branch.Code);
        var shopper = await ShopperWithFixedTokenAsync("fuzz-shopper");
        var applied = await shopper.PostAsJsonAsync("/api/v1/me/card-applications", Application("13800138000"));
        applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var card = await ReadJsonAsync(applied);
        var cardNumber = card["cardNumber"]!.GetValue<string>();
        await ActivateAtBranchAsync(branch, cardNumber);
        var purchase = await branch.Client.PostAsJsonAsync("/api/v1/branch/purchases", new
        {
            receiptNo = "FZ-1",
            code = cardNumber,
            lines = new[] { new { sku = "SKU-1", category = "grocery", quantity = 2, unitPrice = 12.5m } },
        });
        purchase.StatusCode.ShouldBe(HttpStatusCode.Created, await purchase.Content.ReadAsStringAsync());
        string[] known = [branch.Id.ToString(), branch.Code, branch.KeyId, cardNumber, card["memberId"]!.GetValue<string>(), "FZ-1", "755", "13800138000"];
        return new FuzzWorld(Anonymous(), HeadOffice(), branch.Client, shopper, WithApiKey("mc_br_" + new string('x', 40)), known, Factory);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + "…" : text;

    private sealed record FuzzWorld(
        HttpClient Anonymous, HttpClient HeadOffice, HttpClient Branch, HttpClient Shopper, HttpClient ForgedKey,
        IReadOnlyList<string> KnownValues, MemberCardApiFactory Factory)
    {
        public HttpClient CallerFor(string path) => path switch
        {
            _ when path.StartsWith("/api/v1/hq", StringComparison.Ordinal) => HeadOffice,
            _ when path.StartsWith("/api/v1/branch", StringComparison.Ordinal) => Branch,
            _ when path.StartsWith("/api/v1/me", StringComparison.Ordinal) => Shopper,
            _ => Anonymous,
        };

        /// <summary>Callers that must be turned away: nobody, a made-up key, a forged token, the wrong audience.</summary>
        public HttpClient Intruder(int i)
        {
            var forged = Factory.CreateClient();
            forged.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
                "Bearer", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.");
            return (i / 7 % 4) switch
            {
                0 => Anonymous,
                1 => ForgedKey,
                2 => forged,
                _ => Shopper,
            };
        }
    }
}
