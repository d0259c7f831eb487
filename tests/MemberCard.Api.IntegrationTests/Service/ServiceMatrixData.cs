namespace MemberCard.Api.IntegrationTests.Service;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Security;

/// <summary>
/// What the complaint and campaign-plan routes of the isolation matrix act on, made through the API: an open
/// complaint about each branch, a resolved complaint of member X (homed in B) for X to rate, and a submitted
/// plan of each branch and
/// a draft plan of branch B.
/// </summary>
public static class ServiceMatrixData
{
    public static async Task<IsolationWorld> AddAsync(IsolationWorld world)
    {
        var complaintOfB = await CreatedIdAsync(world.BranchB.Client, "/api/v1/branch/complaints",
            new { cardNumber = world.IssuedCardOfB.CardNumber, channel = "Phone", category = "Product", content = "matrix: broken seal" });
        var complaintOfA = await CreatedIdAsync(world.BranchA.Client, "/api/v1/branch/complaints",
            new { channel = "Store", category = "Price", content = "matrix: walk-in, wrong price tag" });
        var ofX = await CreatedIdAsync(world.ShopperX, "/api/v1/me/complaints", new { category = "Points", content = "matrix: points missing" });
        var resolved = await world.BranchB.Client.PostAsJsonAsync($"/api/v1/branch/complaints/{ofX}/resolve", new { resolution = "matrix: points added" });
        resolved.StatusCode.ShouldBe(HttpStatusCode.OK, await resolved.Content.ReadAsStringAsync());
        var planOfA = await CreatedIdAsync(world.BranchA.Client, "/api/v1/branch/campaign-plans", Plan("A"));
        var planOfB = await CreatedIdAsync(world.BranchB.Client, "/api/v1/branch/campaign-plans", Plan("B"));
        var draftOfB = await CreatedIdAsync(world.BranchB.Client, "/api/v1/branch/campaign-plans", Plan("B draft", draft: true));

        return world with
        {
            ComplaintOfA = complaintOfA, ComplaintOfB = complaintOfB, RatableComplaintOfX = ofX, PlanOfA = planOfA, PlanOfB = planOfB, DraftOfB = draftOfB,
        };
    }

    private static object Plan(string branch, bool draft = false) => new
    {
        title = "Matrix plan " + branch, goal = "Bring members back", channel = "WeChat", startsOn = "2030-05-01", endsOn = "2030-05-31",
        budget = 500m, kind = "Monthly", draft,
    };

    private static async Task<Guid> CreatedIdAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return Guid.Parse(JsonNode.Parse(text)!["id"]!.GetValue<string>());
    }
}
