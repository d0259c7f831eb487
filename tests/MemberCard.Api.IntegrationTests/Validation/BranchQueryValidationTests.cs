namespace MemberCard.Api.IntegrationTests.Validation;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class BranchQueryValidationTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    /// <summary>A well-formed card number (region 755, last serial, Luhn digit 4) that no branch has issued.</summary>
    private const string UnissuedCardNumber = "75599999994";

    /// <summary>The first card of region 755 ("75500000015") with a wrong check digit.</summary>
    private const string WrongCheckDigit = "75500000016";

    /// <summary>Rows (query string, expected code, field) for GET /branch/members.</summary>
    public static TheoryData<string, string, string> InvalidMemberListQueries() => new()
    {
        { "page=0", "validation_failed", "page" },
        { "pageSize=0", "validation_failed", "pageSize" },
        { "pageSize=101", "validation_failed", "pageSize" },
        { "search=" + new string('s', 51), "validation_failed", "search" },
        { "page=abc", "body_invalid", "page" },
        { "pageSize=1.5", "body_invalid", "pageSize" },
        { "page=99999999999", "body_invalid", "page" },
    };

    /// <summary>Rows (query string, expected field) for GET /branch/cards/lookup.</summary>
    public static TheoryData<string> InvalidLookupQueries() => new(
        string.Empty,
        "?code=abc",
        "?code=" + WrongCheckDigit,
        "?code=7550000001",
        "?code=23800138000",
        "?code=" + new string('1', 33));

    /// <summary>Rows (action, card number) for the staff-assisted lifecycle routes.</summary>
    public static TheoryData<string, string> UnknownCardNumbers() => new()
    {
        { "activate", "abc" },
        { "activate", WrongCheckDigit },
        { "activate", UnissuedCardNumber },
        { "activate", new string('9', 40) },
        { "activate", "755%2000000015" },
        { "loss-report", WrongCheckDigit },
        { "loss-report", UnissuedCardNumber },
        { "reissue", "abc" },
        { "reissue", UnissuedCardNumber },
    };

    [Fact]
    public async Task ListMembers_WhenPagingIsAtItsLimits_Succeeds()
    {
        var branch = await OpenBranchAsync("SZ001", "755");

        var response = await branch.Client.GetAsync("/api/v1/branch/members?page=1&pageSize=100&search=" + new string('s', 50));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(InvalidMemberListQueries))]
    public async Task ListMembers_WhenQueryIsInvalid_Returns400NamingParameter(string query, string code, string field)
    {
        var branch = await OpenBranchAsync("SZ001", "755");

        var response = await branch.Client.GetAsync("/api/v1/branch/members?" + query);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code, field);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("123")]
    [InlineData("00000000-0000-0000-0000-00000000000G")]
    public async Task GetMember_WhenIdIsNotAGuid_Returns404Problem(string id)
    {
        var branch = await OpenBranchAsync("SZ001", "755");

        var response = await branch.Client.GetAsync("/api/v1/branch/members/" + id);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task GetMember_WhenGuidIsUnknown_Returns404MemberNotFound()
    {
        var branch = await OpenBranchAsync("SZ001", "755");

        var response = await branch.Client.GetAsync("/api/v1/branch/members/" + Guid.NewGuid());

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "member.not_found");
    }

    [Theory]
    [MemberData(nameof(InvalidLookupQueries))]
    public async Task LookupCard_WhenCodeIsNeitherCardNumberNorPhone_Returns400NamingCode(string query)
    {
        var branch = await OpenBranchAsync("SZ001", "755");

        var response = await branch.Client.GetAsync("/api/v1/branch/cards/lookup" + query);

        await response.ShouldBeValidationProblemAsync("code");
    }

    [Fact]
    public async Task LookupCard_WhenWellFormedNumberIsUnissued_Returns404CardNotFound()
    {
        var branch = await OpenBranchAsync("SZ001", "755");

        var response = await branch.Client.GetAsync("/api/v1/branch/cards/lookup?code=" + UnissuedCardNumber);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "card.not_found");
    }

    [Theory]
    [MemberData(nameof(UnknownCardNumbers))]
    public async Task CardLifecycle_WhenCardNumberIsInvalidOrUnknown_Returns404AndWritesNothing(string action, string cardNumber)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        await ApplyOfflineAsync(branch, "13800138000");
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostAsync($"/api/v1/branch/cards/{cardNumber}/{action}", content: null);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "card.not_found");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }
}
