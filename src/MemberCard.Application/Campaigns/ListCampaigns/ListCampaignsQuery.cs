namespace MemberCard.Application.Campaigns.ListCampaigns;

using Mediator;

public sealed record ListCampaignsQuery : IQuery<IReadOnlyList<CampaignDto>>;
