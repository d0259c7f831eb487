namespace MemberCard.Api.IntegrationTests.Platform;

using System.Net;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

public sealed class PlatformTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Health_WhenDatabaseUp_LiveAndReadyAreHealthy()
    {
        var client = Anonymous();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Swagger_DocumentsEveryApiRouteWithBothAuthSchemes()
    {
        var document = JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!.AsObject();
        var documented = document["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        var routes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/", StringComparison.Ordinal))
            .Select(r => System.Text.RegularExpressions.Regex.Replace(r, ":[a-z]+}", "}"))
            .ToHashSet();

        routes.ShouldNotBeEmpty();
        routes.Except(documented).ShouldBeEmpty();
        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        schemes["ApiKey"]!["name"]!.GetValue<string>().ShouldBe("X-Api-Key");
        schemes["Bearer"]!["scheme"]!.GetValue<string>().ShouldBe("bearer");
        document["security"]!.AsArray().Count.ShouldBe(2, "either scheme suffices, so they are two alternative requirements");
    }

    [Fact]
    public async Task Correlation_WhenClientSendsId_ItIsEchoedAndRecordedInAudit()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/branch/card-applications")
        {
            Content = System.Net.Http.Json.JsonContent.Create(Application("13800138000")),
        };
        request.Headers.Add("X-Correlation-Id", "till-42-receipt-7");

        var response = await branch.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.GetValues("X-Correlation-Id").Single().ShouldBe("till-42-receipt-7");
        var audit = JsonNode.Parse(await HeadOffice().GetStringAsync("/api/v1/hq/audit?action=card.issued"))!;
        audit["items"]![0]!["correlationId"]!.GetValue<string>().ShouldBe("till-42-receipt-7");
    }

    [Fact]
    public async Task Correlation_WhenHeaderIsUnsafe_ServerMakesItsOwn()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", "<script>alert(1)</script>");

        var response = await Anonymous().SendAsync(request);

        var id = response.Headers.GetValues("X-Correlation-Id").Single();
        id.ShouldNotContain("<");
        id.Length.ShouldBe(32);
    }

    [Fact]
    public async Task UnknownRoute_ReturnsProblemDetails()
    {
        var response = await Anonymous().GetAsync("/api/v1/nothing-here");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
