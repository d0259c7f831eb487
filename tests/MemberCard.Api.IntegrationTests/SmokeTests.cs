namespace MemberCard.Api.IntegrationTests;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class SmokeTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task OfflineApplication_WhenValid_IssuesCardInBranchRegion()
    {
        var branch = await OpenBranchAsync("SZ001", "755");

        var card = await ApplyOfflineAsync(branch, "13800138000");

        card["cardNumber"]!.GetValue<string>().ShouldStartWith("755");
        card["status"]!.GetValue<string>().ShouldBe("Issued");
        var ready = await Anonymous().GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
