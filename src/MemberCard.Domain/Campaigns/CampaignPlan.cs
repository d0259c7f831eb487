namespace MemberCard.Domain.Campaigns;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;

/// <summary>
/// A branch's monthly or quarterly campaign plan filed with head office. The branch may first save it as a
/// draft, revise it and then submit it; once submitted it no longer changes. Head office approves it
/// (optionally with an earning multiplier, which becomes a <see cref="PointsCampaign"/> for the branch and
/// dates) or rejects it with a reason.
/// </summary>
public sealed class CampaignPlan
{
    public const int TitleMaxLength = PointsCampaign.NameMaxLength;
    public const int GoalMaxLength = 1000;
    public const int ChannelMaxLength = 50;
    public const int ReasonMaxLength = 500;
    public const int MaxDays = 366;

    private CampaignPlan()
    {
        Title = string.Empty;
        Goal = string.Empty;
        Channel = string.Empty;
        TargetCategories = [];
    }

    public Guid Id { get; private set; }

    public BranchId BranchId { get; private set; }

    public string Title { get; private set; }

    public string Goal { get; private set; }

    /// <summary>Where the campaign reaches shoppers (WeChat, in store, SMS, …), as the branch names it.</summary>
    public string Channel { get; private set; }

    public CampaignPlanKind Kind { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public decimal Budget { get; private set; }

    /// <summary>Goods categories the campaign promotes; empty means all.</summary>
    public List<string> TargetCategories { get; private set; }

    public CampaignPlanStatus Status { get; private set; }

    /// <summary>Null while the plan is a draft.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>When the plan was last saved by the branch (filed, drafted or revised).</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? RejectionReason { get; private set; }

    public decimal? Multiplier { get; private set; }

    /// <summary>The earning campaign created on approval with a multiplier.</summary>
    public Guid? PointsCampaignId { get; private set; }

    /// <summary>Files the plan with head office at once, or keeps it as the branch's draft.</summary>
    public static CampaignPlan File(
        BranchId branchId, string title, string goal, string channel, CampaignPlanKind kind, DateOnly startsOn, DateOnly endsOn, decimal budget,
        IEnumerable<string> targetCategories, DateTimeOffset now, bool asDraft = false)
    {
        var plan = new CampaignPlan
        {
            Id = Guid.CreateVersion7(),
            BranchId = branchId,
            Status = asDraft ? CampaignPlanStatus.Draft : CampaignPlanStatus.Submitted,
            SubmittedAt = asDraft ? null : now,
        };
        plan.SetDetails(title, goal, channel, kind, startsOn, endsOn, budget, targetCategories, now);
        return plan;
    }

    /// <summary>Replaces the details of a draft; a submitted plan is what head office decides on and stays as filed.</summary>
    public void Revise(
        string title, string goal, string channel, CampaignPlanKind kind, DateOnly startsOn, DateOnly endsOn, decimal budget,
        IEnumerable<string> targetCategories, DateTimeOffset now)
    {
        EnsureDraft("revise");
        SetDetails(title, goal, channel, kind, startsOn, endsOn, budget, targetCategories, now);
    }

    /// <summary>Files a draft with head office.</summary>
    public void Submit(DateTimeOffset now)
    {
        EnsureDraft("submit");
        Status = CampaignPlanStatus.Submitted;
        SubmittedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Approves the plan; with a multiplier, creates the earning campaign the points engine applies.</summary>
    public PointsCampaign? Approve(decimal? multiplier, DateTimeOffset now)
    {
        EnsureSubmitted();
        var campaign = multiplier is { } m
            ? PointsCampaign.Create(Title, m, StartsOn, EndsOn, [BranchId.Value], TargetCategories, now)
            : null;
        Status = CampaignPlanStatus.Approved;
        DecidedAt = now;
        Multiplier = multiplier;
        PointsCampaignId = campaign?.Id;
        return campaign;
    }

    public void Reject(string reason, DateTimeOffset now)
    {
        EnsureSubmitted();
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > ReasonMaxLength)
        {
            throw new DomainException("campaign_plan.reason_invalid", "A rejection gives a reason (at most 500 characters).");
        }

        Status = CampaignPlanStatus.Rejected;
        DecidedAt = now;
        RejectionReason = reason.Trim();
    }

    /// <summary>The same number of days right before the plan, against which its results are compared.</summary>
    public (DateOnly From, DateOnly To) BaselinePeriod()
    {
        var days = EndsOn.DayNumber - StartsOn.DayNumber + 1;
        return (StartsOn.AddDays(-days), StartsOn.AddDays(-1));
    }

    private void SetDetails(
        string title, string goal, string channel, CampaignPlanKind kind, DateOnly startsOn, DateOnly endsOn, decimal budget,
        IEnumerable<string> targetCategories, DateTimeOffset now)
    {
        if (endsOn < startsOn)
        {
            throw new DomainException("campaign.dates_reversed", "A campaign ends on or after the day it starts.");
        }

        if (endsOn.DayNumber - startsOn.DayNumber + 1 > MaxDays)
        {
            throw new DomainException("campaign_plan.too_long", "A campaign plan covers at most 366 days.");
        }

        if (budget < 0m)
        {
            throw new DomainException("campaign_plan.budget_invalid", "A budget is not negative.");
        }

        Title = title.Trim();
        Goal = goal.Trim();
        Channel = channel.Trim();
        Kind = kind;
        StartsOn = startsOn;
        EndsOn = endsOn;
        Budget = budget;
        TargetCategories = targetCategories.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        UpdatedAt = now;
    }

    private void EnsureDraft(string action)
    {
        if (Status != CampaignPlanStatus.Draft)
        {
            throw new DomainException("campaign_plan.not_draft", $"Only a draft plan can be changed ({action}); this one is {Status}.");
        }
    }

    private void EnsureSubmitted()
    {
        if (Status != CampaignPlanStatus.Submitted)
        {
            throw new DomainException("campaign_plan.not_submitted", $"Only a submitted plan can be decided; this one is {Status}.");
        }
    }
}
