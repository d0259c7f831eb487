namespace MemberCard.Api.IntegrationTests.Validation;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class HeadOfficeBranchValidationTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    private const string Route = "/api/v1/hq/branches";
    private const string ValidBranch = """{"code":"GZ001","name":"广州天河店","regionCode":"020","kind":"Franchise"}""";

    /// <summary>Rows (body, expected code, field) for POST /hq/branches.</summary>
    public static TheoryData<string, string, string> InvalidNewBranches() => new()
    {
        { RawJson.Without(ValidBranch, "code"), "validation_failed", "code" },
        { RawJson.With(ValidBranch, "code", "\"\""), "validation_failed", "code" },
        { RawJson.With(ValidBranch, "code", "\"GZ 001\""), "validation_failed", "code" },
        { RawJson.With(ValidBranch, "code", "\"广州001\""), "validation_failed", "code" },
        { RawJson.With(ValidBranch, "code", RawJson.StringOf(21, 'G')), "validation_failed", "code" },
        { RawJson.Without(ValidBranch, "name"), "validation_failed", "name" },
        { RawJson.With(ValidBranch, "name", RawJson.StringOf(101, '店')), "validation_failed", "name" },
        { RawJson.With(ValidBranch, "regionCode", "\"75\""), "validation_failed", "regionCode" },
        { RawJson.With(ValidBranch, "regionCode", "\"abc\""), "validation_failed", "regionCode" },
        { RawJson.With(ValidBranch, "regionCode", "\"７５５\""), "validation_failed", "regionCode" },
        { RawJson.Without(ValidBranch, "kind"), "validation_failed", "kind" },
        { RawJson.With(ValidBranch, "kind", "\"Mall\""), "body_invalid", "kind" },
        { RawJson.With(ValidBranch, "kind", "0"), "body_invalid", "kind" },
        { RawJson.With(ValidBranch, "kind", "\"Direct,Franchise\""), "body_invalid", "kind" },
        { RawJson.With(ValidBranch, "regionCode", "755"), "body_invalid", "regionCode" },
    };

    /// <summary>Rows (body, expected code, field) for PATCH /hq/branches/{id}.</summary>
    public static TheoryData<string, string, string> InvalidBranchChanges() => new()
    {
        { """{"status":"Gone"}""", "body_invalid", "status" },
        { """{"status":1}""", "body_invalid", "status" },
        { """{"status":"Active,Closed"}""", "body_invalid", "status" },
        { """{"kind":"Mall"}""", "body_invalid", "kind" },
        { """{"name":""}""", "validation_failed", "name" },
        { """{"name":"   "}""", "validation_failed", "name" },
        { """{"name":""" + RawJson.StringOf(101) + "}", "validation_failed", "name" },
        { "[]", "body_invalid", "body" },
    };

    [Fact]
    public async Task OpenBranch_WhenBodyIsTheValidBase_Returns201()
    {
        var response = await HeadOffice().PostRawAsync(Route, ValidBranch);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(InvalidNewBranches))]
    public async Task OpenBranch_WhenBodyIsInvalid_Returns400NamingFieldAndWritesNothing(string body, string code, string field)
    {
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PostRawAsync(Route, body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code, field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [InlineData("SZ001")]
    [InlineData("sz001")]
    public async Task OpenBranch_WhenCodeIsTaken_Returns409AndWritesNothing(string code)
    {
        await OpenBranchAsync("SZ001", "755");
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PostRawAsync(Route, RawJson.With(ValidBranch, "code", "\"" + code + "\""));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "branch.code_taken");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [MemberData(nameof(InvalidBranchChanges))]
    public async Task UpdateBranch_WhenChangeIsInvalid_Returns400NamingFieldAndWritesNothing(string body, string code, string field)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().SendRawAsync(HttpMethod.Patch, $"{Route}/{branch.Id}", body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code, field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task UpdateBranch_WhenBranchIsUnknown_Returns404AndWritesNothing()
    {
        await OpenBranchAsync("SZ001", "755");
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().SendRawAsync(HttpMethod.Patch, $"{Route}/{Guid.NewGuid()}", """{"status":"Closed"}""");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "branch.not_found");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task UpdateBranch_WhenIdIsNotAGuid_Returns404Problem()
    {
        var response = await HeadOffice().SendRawAsync(HttpMethod.Patch, $"{Route}/SZ001", """{"status":"Closed"}""");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }
}
