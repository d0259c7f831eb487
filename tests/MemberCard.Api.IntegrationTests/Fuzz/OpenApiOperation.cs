namespace MemberCard.Api.IntegrationTests.Fuzz;

using System.Text.Json.Nodes;

/// <summary>One operation of the published OpenAPI document, with its schemas already resolved.</summary>
public sealed record OpenApiOperation(HttpMethod Method, string PathTemplate, IReadOnlyList<OpenApiParameter> Parameters, JsonNode? BodySchema)
{
    public override string ToString() => $"{Method} {PathTemplate}";
}

/// <summary>A path, query or header parameter.</summary>
public sealed record OpenApiParameter(string Name, string In, JsonNode? Schema);
