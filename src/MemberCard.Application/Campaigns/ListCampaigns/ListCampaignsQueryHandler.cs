namespace MemberCard.Application.Campaigns.ListCampaigns;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

public sealed class ListCampaignsQueryHandler(IMemberCardDbContext db) : IQueryHandler<ListCampaignsQuery, IReadOnlyList<CampaignDto>>
{
    public async ValueTask<IReadOnlyList<CampaignDto>> Handle(ListCampaignsQuery query, CancellationToken cancellationToken) =>
        (await db.PointsCampaigns.AsNoTracking().OrderByDescending(c => c.StartsOn).ToListAsync(cancellationToken)).Select(CampaignDto.From).ToList();
}
