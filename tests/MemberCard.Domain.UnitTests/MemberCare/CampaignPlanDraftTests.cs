namespace MemberCard.Domain.UnitTests.MemberCare;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Campaigns;
using MemberCard.Domain.Common;

public sealed class CampaignPlanDraftTests
{
    private static readonly DateTimeOffset T0 = new(2030, 2, 1, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Submit_WhenDraft_FilesItOnceAndFreezesIt()
    {
        var plan = Draft();
        plan.Revise("五月会员日", "复购", "WeChat", CampaignPlanKind.Monthly, new DateOnly(2030, 5, 1), new DateOnly(2030, 5, 31), 800m, ["TEA"], T0.AddHours(1));

        plan.Submit(T0.AddHours(2));

        (plan.Status, plan.SubmittedAt, plan.Title).ShouldBe((CampaignPlanStatus.Submitted, (DateTimeOffset?)T0.AddHours(2), "五月会员日"));
        Should.Throw<DomainException>(() => plan.Submit(T0.AddHours(3))).Code.ShouldBe("campaign_plan.not_draft");
        Should.Throw<DomainException>(() => plan.Revise("x", "y", "z", CampaignPlanKind.Monthly, new DateOnly(2030, 5, 1), new DateOnly(2030, 5, 2), 1m, [], T0))
            .Code.ShouldBe("campaign_plan.not_draft");
    }

    [Fact]
    public void Approve_WhenDraft_Throws()
    {
        var plan = Draft();

        Should.Throw<DomainException>(() => plan.Approve(null, T0)).Code.ShouldBe("campaign_plan.not_submitted");
        plan.Status.ShouldBe(CampaignPlanStatus.Draft);
    }

    [Fact]
    public void Revise_WhenDatesReversed_ThrowsAndKeepsTheDraft()
    {
        var plan = Draft();

        Should.Throw<DomainException>(() => plan.Revise("t", "g", "c", CampaignPlanKind.Monthly, new DateOnly(2030, 3, 31), new DateOnly(2030, 3, 1), 1m, [], T0))
            .Code.ShouldBe("campaign.dates_reversed");
        plan.StartsOn.ShouldBe(new DateOnly(2030, 3, 1));
    }

    private static CampaignPlan Draft() =>
        CampaignPlan.File(new BranchId(Guid.CreateVersion7()), "三月活动", "拉新", "In store", CampaignPlanKind.Monthly, new DateOnly(2030, 3, 1),
            new DateOnly(2030, 3, 31), 1000m, [], T0, asDraft: true);
}
