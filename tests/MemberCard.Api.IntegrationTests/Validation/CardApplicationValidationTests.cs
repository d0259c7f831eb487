namespace MemberCard.Api.IntegrationTests.Validation;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class CardApplicationValidationTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    [Theory]
    [MemberData(nameof(CardApplicationCases.BothRoutes), MemberType = typeof(CardApplicationCases))]
    public async Task Apply_WhenBodyIsTheValidBase_IssuesCard(string route)
    {
        var client = await ApplicantAsync(route);

        var response = await client.PostRawAsync(route, CardApplicationCases.ValidBody);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(CardApplicationCases.RejectedByValidation), MemberType = typeof(CardApplicationCases))]
    public async Task Apply_WhenOneFieldIsInvalid_Returns400NamingFieldAndWritesNothing(string route, string body, string field)
    {
        var client = await ApplicantAsync(route);
        var before = await SnapshotDatabaseAsync();

        var response = await client.PostRawAsync(route, body);

        await response.ShouldBeValidationProblemAsync(field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [MemberData(nameof(CardApplicationCases.UnreadableFields), MemberType = typeof(CardApplicationCases))]
    public async Task Apply_WhenFieldHasWrongJsonTypeOrFormat_Returns400BodyInvalidNamingFieldAndWritesNothing(string route, string body, string field)
    {
        var client = await ApplicantAsync(route);
        var before = await SnapshotDatabaseAsync();

        var response = await client.PostRawAsync(route, body);

        await response.ShouldBeUnreadableBodyAsync(field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [MemberData(nameof(CardApplicationCases.UnreadableBodies), MemberType = typeof(CardApplicationCases))]
    public async Task Apply_WhenBodyIsNotAJsonObject_Returns400BodyInvalidAndWritesNothing(string route, string body)
    {
        var client = await ApplicantAsync(route);
        var before = await SnapshotDatabaseAsync();

        var response = await client.PostRawAsync(route, body);

        await response.ShouldBeUnreadableBodyAsync("body");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [MemberData(nameof(CardApplicationCases.BothRoutes), MemberType = typeof(CardApplicationCases))]
    public async Task Apply_WhenBodyIsEmpty_Returns400BodyInvalidAndWritesNothing(string route)
    {
        var client = await ApplicantAsync(route);
        var before = await SnapshotDatabaseAsync();

        var response = await client.PostRawAsync(route, string.Empty);

        await response.ShouldBeUnreadableBodyAsync("body");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [MemberData(nameof(CardApplicationCases.BothRoutes), MemberType = typeof(CardApplicationCases))]
    public async Task Apply_WhenBodyIsJsonNull_Returns400NamingBodyAndWritesNothing(string route)
    {
        var client = await ApplicantAsync(route);
        var before = await SnapshotDatabaseAsync();

        var response = await client.PostRawAsync(route, "null");

        await response.ShouldBeUnreadableBodyAsync("body");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [MemberData(nameof(CardApplicationCases.BothRoutes), MemberType = typeof(CardApplicationCases))]
    public async Task Apply_WhenFieldHoldsDeeplyNestedJunk_Returns400BodyInvalidAndWritesNothing(string route)
    {
        var client = await ApplicantAsync(route);
        var junk = new string('[', 200) + "{\"x\":1}" + new string(']', 200);
        var body = RawJson.With(CardApplicationCases.ValidBody, "address", junk);
        var before = await SnapshotDatabaseAsync();

        var response = await client.PostRawAsync(route, body);

        await response.ShouldBeUnreadableBodyAsync("address");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [MemberData(nameof(CardApplicationCases.BothRoutes), MemberType = typeof(CardApplicationCases))]
    public async Task Apply_WhenContentTypeIsNotJson_Returns415ProblemAndWritesNothing(string route)
    {
        var client = await ApplicantAsync(route);
        var before = await SnapshotDatabaseAsync();

        var response = await client.SendRawAsync(HttpMethod.Post, route, CardApplicationCases.ValidBody, "text/plain");

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [MemberData(nameof(CardApplicationCases.BothRoutes), MemberType = typeof(CardApplicationCases))]
    public async Task Apply_WhenSeveralFieldsAreInvalid_NamesEachOfThem(string route)
    {
        var client = await ApplicantAsync(route);
        var body = """{"name":"","gender":"Male","birthDate":"1990-05-12","phone":"123","email":"nope"}""";

        var response = await client.PostRawAsync(route, body);

        var problem = await response.ShouldBeValidationProblemAsync("name");
        var errors = problem["errors"]!.AsObject();
        errors.ContainsKey("phone").ShouldBeTrue(problem.ToJsonString());
        errors.ContainsKey("email").ShouldBeTrue(problem.ToJsonString());
        errors.ContainsKey("gender").ShouldBeFalse(problem.ToJsonString());
        errors.ContainsKey("birthDate").ShouldBeFalse(problem.ToJsonString());
    }

    /// <summary>A caller for whom the valid base form is accepted, so each case fails for its one broken field only.</summary>
    private async Task<HttpClient> ApplicantAsync(string route)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        if (route == CardApplicationCases.Offline)
        {
            return branch.Client;
        }

        await SetDefaultOnlineBranchAsync(branch.Code);
        return await ShopperAsync("validation-applicant");
    }
}
