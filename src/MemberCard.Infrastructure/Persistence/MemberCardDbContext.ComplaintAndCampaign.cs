namespace MemberCard.Infrastructure.Persistence;

using MemberCard.Domain.Campaigns;
using MemberCard.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

public sealed partial class MemberCardDbContext
{
    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<CampaignPlan> CampaignPlans => Set<CampaignPlan>();

    // A complaint belongs to the branch that has to answer it, whoever's member made it, and to that member.
    partial void ApplyComplaintAndCampaignFilters(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Complaint>().HasQueryFilter(c => ScopeSeesAll || c.BranchId == ScopeBranchId || c.MemberId == ScopeMemberId);
        modelBuilder.Entity<CampaignPlan>().HasQueryFilter(p => ScopeSeesAll || p.BranchId == ScopeBranchId);
    }
}
