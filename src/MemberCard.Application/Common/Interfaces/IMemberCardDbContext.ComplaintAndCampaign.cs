namespace MemberCard.Application.Common.Interfaces;

using MemberCard.Domain.Campaigns;
using MemberCard.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

public partial interface IMemberCardDbContext
{
    /// <summary>Scoped to the branch concerned and to the member who complained.</summary>
    DbSet<Complaint> Complaints { get; }

    /// <summary>Scoped to the filing branch.</summary>
    DbSet<CampaignPlan> CampaignPlans { get; }
}
