namespace MemberCard.Application.Campaigns;

using MemberCard.Domain.Campaigns;

public sealed record CampaignDto(Guid Id, string Name, decimal Multiplier, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<Guid> BranchIds, IReadOnlyList<string> Categories)
{
    public static CampaignDto From(PointsCampaign c) => new(c.Id, c.Name, c.Multiplier, c.StartsOn, c.EndsOn, c.BranchIds, c.Categories);
}
