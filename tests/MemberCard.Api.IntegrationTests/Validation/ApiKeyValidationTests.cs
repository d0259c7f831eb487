namespace MemberCard.Api.IntegrationTests.Validation;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class ApiKeyValidationTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    private const string Route = "/api/v1/hq/api-keys";
    private const string ValidKey = """{"name":"SZ001 POS 2","role":"Branch","branchCode":"SZ001"}""";

    /// <summary>Rows (body, expected code, field) for POST /hq/api-keys; branch SZ001 exists.</summary>
    public static TheoryData<string, string, string> InvalidKeys() => new()
    {
        { RawJson.Without(ValidKey, "name"), "validation_failed", "name" },
        { RawJson.With(ValidKey, "name", RawJson.StringOf(101)), "validation_failed", "name" },
        { RawJson.Without(ValidKey, "role"), "validation_failed", "role" },
        { RawJson.With(ValidKey, "role", "\"Root\""), "body_invalid", "role" },
        { RawJson.With(ValidKey, "role", "1"), "body_invalid", "role" },
        { """{"name":"Sneaky","role":"Branch,HeadOffice"}""", "body_invalid", "role" },
        { RawJson.Without(ValidKey, "branchCode"), "validation_failed", "branchId" },
        { """{"name":"HQ 2","role":"HeadOffice","branchCode":"SZ001"}""", "validation_failed", "branchId" },
        { """{"name":"HQ 2","role":"HeadOffice","branchId":"0197a3a0-0000-7000-8000-000000000000"}""", "validation_failed", "branchId" },
        { RawJson.With(ValidKey, "branchCode", "\"NOPE\""), "branch.not_found", "branchCode" },
        { RawJson.With(ValidKey, "branchCode", RawJson.StringOf(21, 'S')), "validation_failed", "branchCode" },
        { """{"name":"POS","role":"Branch","branchId":"0197a3a0-0000-7000-8000-000000000000"}""", "branch.not_found", "branchId" },
        { """{"name":"POS","role":"Branch","branchId":"not-a-guid"}""", "body_invalid", "branchId" },
        { "[]", "body_invalid", "body" },
    };

    [Fact]
    public async Task IssueKey_WhenBodyIsTheValidBase_Returns201()
    {
        await OpenBranchAsync("SZ001", "755");

        var response = await HeadOffice().PostRawAsync(Route, ValidKey);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(InvalidKeys))]
    public async Task IssueKey_WhenBodyIsInvalid_Returns400NamingFieldAndWritesNothing(string body, string code, string field)
    {
        await OpenBranchAsync("SZ001", "755");
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PostRawAsync(Route, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code, field);
        problem.ContainsKey("secret").ShouldBeFalse();
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task RevokeKey_WhenKeyIsUnknown_Returns404AndWritesNothing()
    {
        await OpenBranchAsync("SZ001", "755");
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().DeleteAsync($"{Route}/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "api_key.not_found");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task RevokeKey_WhenIdIsNotAGuid_Returns404Problem()
    {
        var response = await HeadOffice().DeleteAsync($"{Route}/SZ001-POS");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }
}
