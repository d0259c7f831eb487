namespace MemberCard.Api.IntegrationTests.Validation;

using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>PostgreSQL cannot store NUL in text: every route must turn it away as a field error (found by the fuzzer).</summary>
public sealed class UnstorableTextTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task ListMembers_WhenSearchHasNul_Returns400NamingSearch()
    {
        var branch = await OpenBranchAsync("SZ001", "755");

        var response = await branch.Client.GetAsync("/api/v1/branch/members?search=%00&page=1&pageSize=10");

        await response.ShouldBeValidationProblemAsync("search");
    }

    [Fact]
    public async Task ApplyOffline_WhenAddressHasNul_Returns400NamingAddressAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var body = RawJson.With(CardApplicationCases.ValidBody, "address", "\"Nanshan\\u0000 Road\"");
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostRawAsync("/api/v1/branch/card-applications", body);

        await response.ShouldBeValidationProblemAsync("address");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }
}
