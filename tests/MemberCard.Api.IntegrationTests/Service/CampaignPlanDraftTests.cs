namespace MemberCard.Api.IntegrationTests.Service;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>Draft campaign plans: the branch's own until it submits them; head office never lists them nor decides them.</summary>
public sealed class CampaignPlanDraftTests(MemberCardApiFactory factory) : ServiceTestBase(factory)
{
    private const string Plans = "/api/v1/branch/campaign-plans";

    [Fact]
    public async Task DraftPlan_WhenSavedRevisedAndSubmitted_StaysHiddenFromHeadOfficeUntilSubmitted()
    {
        var branch = await OpenBranchAsync("SZ001", "755");

        var draft = await CreatedAsync(await branch.Client.PostAsJsonAsync(Plans, Body(title: "草稿：五月活动", draft: true)));
        var id = Str(draft, "id");
        var hqWhileDraft = Ids(await GetOkAsync(HeadOffice(), "/api/v1/hq/campaign-plans"));
        var hqDraftsWhileDraft = Ids(await GetOkAsync(HeadOffice(), "/api/v1/hq/campaign-plans?status=Draft"));
        var ownDrafts = Ids(await GetOkAsync(branch.Client, Plans + "?status=Draft"));
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        var revised = await OkAsync(await branch.Client.PutAsJsonAsync($"{Plans}/{id}", Body(title: "五月会员日", startsOn: "2030-05-10", endsOn: "2030-05-20", budget: 800m)));
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        var submitted = await OkAsync(await branch.Client.PostAsync($"{Plans}/{id}/submit", null));
        var hqAfterSubmit = Ids(await GetOkAsync(HeadOffice(), "/api/v1/hq/campaign-plans?status=Submitted"));
        var approved = await OkAsync(await HeadOffice().PostAsync($"/api/v1/hq/campaign-plans/{id}/approve", null));

        Str(draft, "status").ShouldBe("Draft");
        draft["submittedAt"].ShouldBeNull();
        Instant(draft, "updatedAt").ShouldBe(T0);
        hqWhileDraft.ShouldBeEmpty();
        hqDraftsWhileDraft.ShouldBeEmpty();
        ownDrafts.ShouldBe([id]);
        (Str(revised, "status"), Str(revised, "title"), Str(revised, "startsOn"), Str(revised, "endsOn")).ShouldBe(("Draft", "五月会员日", "2030-05-10", "2030-05-20"));
        revised["budget"]!.GetValue<decimal>().ShouldBe(800m);
        Instant(revised, "updatedAt").ShouldBe(T0.AddHours(1));
        Str(submitted, "status").ShouldBe("Submitted");
        Instant(submitted, "submittedAt").ShouldBe(T0.AddHours(2));
        Str(submitted, "title").ShouldBe("五月会员日");
        hqAfterSubmit.ShouldBe([id]);
        Str(approved, "status").ShouldBe("Approved");
    }

    [Fact]
    public async Task RevisePlan_WhenAlreadySubmitted_Returns409AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var filed = Str(await CreatedAsync(await branch.Client.PostAsJsonAsync(Plans, Body())), "id");
        var draft = Str(await CreatedAsync(await branch.Client.PostAsJsonAsync(Plans, Body(draft: true))), "id");
        await OkAsync(await branch.Client.PostAsync($"{Plans}/{draft}/submit", null));
        var before = await SnapshotDatabaseAsync();

        var reviseFiled = await branch.Client.PutAsJsonAsync($"{Plans}/{filed}", Body(budget: 1m));
        var reviseSubmitted = await branch.Client.PutAsJsonAsync($"{Plans}/{draft}", Body(budget: 1m));
        var submitAgain = await branch.Client.PostAsync($"{Plans}/{draft}/submit", null);

        await reviseFiled.ShouldBeProblemAsync(HttpStatusCode.Conflict, "campaign_plan.not_draft");
        await reviseSubmitted.ShouldBeProblemAsync(HttpStatusCode.Conflict, "campaign_plan.not_draft");
        await submitAgain.ShouldBeProblemAsync(HttpStatusCode.Conflict, "campaign_plan.not_draft");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task DecidePlan_WhenStillADraft_Returns409AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var draft = Str(await CreatedAsync(await branch.Client.PostAsJsonAsync(Plans, Body(draft: true))), "id");
        var before = await SnapshotDatabaseAsync();

        var approve = await HeadOffice().PostAsJsonAsync($"/api/v1/hq/campaign-plans/{draft}/approve", new { multiplier = 2m });
        var reject = await HeadOffice().PostAsJsonAsync($"/api/v1/hq/campaign-plans/{draft}/reject", new { reason = "太早了" });

        await approve.ShouldBeProblemAsync(HttpStatusCode.Conflict, "campaign_plan.not_submitted");
        await reject.ShouldBeProblemAsync(HttpStatusCode.Conflict, "campaign_plan.not_submitted");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [InlineData("endsOn")]
    [InlineData("budget")]
    [InlineData("title")]
    public async Task RevisePlan_WhenInputInvalid_Returns400NamingTheFieldAndWritesNothing(string field)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var draft = Str(await CreatedAsync(await branch.Client.PostAsJsonAsync(Plans, Body(draft: true))), "id");
        var body = field switch
        {
            "endsOn" => Body(startsOn: "2030-03-31", endsOn: "2030-03-01"),
            "budget" => Body(budget: -5m),
            _ => Body(title: " "),
        };
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PutAsJsonAsync($"{Plans}/{draft}", body);

        await response.ShouldBeValidationProblemAsync(field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task RevisePlan_WhenUnknown_Returns404()
    {
        var branch = await OpenBranchAsync("SZ001", "755");

        var response = await branch.Client.PutAsJsonAsync($"{Plans}/{Guid.NewGuid()}", Body());

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "campaign_plan.not_found");
    }

    private static object Body(
        string? title = "春季会员日", string startsOn = "2030-03-01", string endsOn = "2030-03-31", decimal budget = 1000m, bool draft = false) => new
        {
            title, goal = "拉新与复购", channel = "In store", startsOn, endsOn, budget, kind = "Monthly", draft,
        };
}
