namespace MemberCard.Api.IntegrationTests.Validation;

using System.Net;
using System.Text.Json.Nodes;

/// <summary>What every rejected input must look like: an RFC 9457 problem with a stable code naming the field.</summary>
public static class ProblemAssertions
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>
    /// Asserts status, media type, <c>code</c> and <c>traceId</c>, and, when <paramref name="field"/> is given,
    /// that <c>errors</c> names it with at least one message. Returns the problem for further checks.
    /// </summary>
    public static async Task<JsonObject> ShouldBeProblemAsync(
        this HttpResponseMessage response, HttpStatusCode status, string code, string? field = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ProblemJson, text);
        var problem = JsonNode.Parse(text)!.AsObject();
        problem["status"]?.GetValue<int>().ShouldBe((int)status, text);
        problem["code"]?.GetValue<string>().ShouldBe(code, text);
        problem["traceId"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace(text);
        if (field is not null)
        {
            var errors = problem["errors"] as JsonObject;
            errors.ShouldNotBeNull($"expected errors naming '{field}': {text}");
            errors.ContainsKey(field).ShouldBeTrue($"expected errors naming '{field}': {text}");
            var messages = errors[field]!.AsArray();
            messages.Count.ShouldBeGreaterThan(0, text);
            messages.ShouldAllBe(m => !string.IsNullOrWhiteSpace(m!.GetValue<string>()), text);
        }

        return problem;
    }

    /// <summary>A 400 for a value the validators rejected.</summary>
    public static Task<JsonObject> ShouldBeValidationProblemAsync(this HttpResponseMessage response, string field) =>
        response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", field);

    /// <summary>A 400 for a body the JSON reader could not bind (syntax, wrong type, unknown enum member).</summary>
    public static Task<JsonObject> ShouldBeUnreadableBodyAsync(this HttpResponseMessage response, string field) =>
        response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "body_invalid", field);

    /// <summary>Equal fingerprints before and after: the request wrote nothing, in any table.</summary>
    public static void ShouldBeUnchanged(this IReadOnlyDictionary<string, string> after, IReadOnlyDictionary<string, string> before)
    {
        before.Count.ShouldBeGreaterThan(0, "the snapshot saw no tables");
        var changed = before.Keys.Union(after.Keys)
            .Where(table => !before.TryGetValue(table, out var was) || !after.TryGetValue(table, out var now) || was != now)
            .Order(StringComparer.Ordinal)
            .ToList();
        changed.ShouldBeEmpty($"tables written by a rejected request: {string.Join(", ", changed)}");
    }
}
