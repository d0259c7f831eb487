namespace MemberCard.Api.IntegrationTests.Fuzz;

using System.Text.Json.Nodes;

/// <summary>Reads the operations out of the API's own OpenAPI document, so a new route is fuzzed without being listed.</summary>
public static class OpenApiCatalog
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public static IReadOnlyList<OpenApiOperation> Read(JsonObject document)
    {
        var schemas = document["components"]?["schemas"] as JsonObject ?? [];
        var operations = new List<OpenApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            var shared = item!["parameters"] as JsonArray ?? [];
            foreach (var method in Methods)
            {
                if (item[method] is not JsonObject operation)
                {
                    continue;
                }

                var parameters = shared.Concat(operation["parameters"] as JsonArray ?? [])
                    .Select(p => new OpenApiParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), Resolve(p["schema"], schemas, 0)))
                    .ToList();
                var body = operation["requestBody"]?["content"]?.AsObject().Select(c => c.Value?["schema"]).FirstOrDefault();
                operations.Add(new OpenApiOperation(new HttpMethod(method.ToUpperInvariant()), path, parameters, Resolve(body, schemas, 0)));
            }
        }

        return [.. operations.OrderBy(o => o.PathTemplate, StringComparer.Ordinal).ThenBy(o => o.Method.Method, StringComparer.Ordinal)];
    }

    /// <summary>Inlines every <c>$ref</c> (to a bounded depth, which also stops recursive schemas).</summary>
    private static JsonNode? Resolve(JsonNode? schema, JsonObject schemas, int depth)
    {
        if (schema is null || depth > 6)
        {
            return null;
        }

        if (schema is JsonObject obj && obj["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference[(reference.LastIndexOf('/') + 1)..];
            return Resolve(schemas[name], schemas, depth + 1);
        }

        var copy = schema.DeepClone();
        if (copy is JsonObject resolved)
        {
            foreach (var key in resolved.Select(p => p.Key).ToList())
            {
                switch (key)
                {
                    case "properties":
                        resolved[key] = new JsonObject(resolved[key]!.AsObject()
                            .Select(p => KeyValuePair.Create(p.Key, Resolve(p.Value, schemas, depth + 1))));
                        break;
                    case "items" or "additionalProperties" when resolved[key] is JsonObject:
                        resolved[key] = Resolve(resolved[key], schemas, depth + 1);
                        break;
                    case "allOf" or "oneOf" or "anyOf":
                        resolved[key] = new JsonArray([.. resolved[key]!.AsArray().Select(s => Resolve(s, schemas, depth + 1))]);
                        break;
                }
            }
        }

        return copy;
    }
}
