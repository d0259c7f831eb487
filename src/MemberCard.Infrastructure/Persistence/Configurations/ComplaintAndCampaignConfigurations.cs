namespace MemberCard.Infrastructure.Persistence.Configurations;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Campaigns;
using MemberCard.Domain.Complaints;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("complaints", t =>
            t.HasCheckConstraint("ck_complaints_score_range", $"satisfaction_score IS NULL OR satisfaction_score BETWEEN {Complaint.MinScore} AND {Complaint.MaxScore}"));
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.CardNumber).HasMaxLength(CardNumber.Length);
        builder.Property(c => c.Content).HasMaxLength(Complaint.ContentMaxLength).IsRequired();
        builder.Property(c => c.Resolution).HasMaxLength(Complaint.ResolutionMaxLength);

        // The branch's work list: what is still open, soonest deadline first.
        builder.HasIndex(c => new { c.BranchId, c.Status, c.DueAt });
        builder.HasIndex(c => c.MemberId);

        // The month's complaints of every branch for the service KPIs.
        builder.HasIndex(c => c.SubmittedAt);
        builder.HasOne<Branch>().WithMany().HasForeignKey(c => c.BranchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CampaignPlanConfiguration : IEntityTypeConfiguration<CampaignPlan>
{
    public void Configure(EntityTypeBuilder<CampaignPlan> builder)
    {
        builder.ToTable("campaign_plans", t =>
        {
            t.HasCheckConstraint("ck_campaign_plans_dates", "ends_on >= starts_on");
            t.HasCheckConstraint("ck_campaign_plans_budget", "budget >= 0");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(CampaignPlan.TitleMaxLength).IsRequired();
        builder.Property(p => p.Goal).HasMaxLength(CampaignPlan.GoalMaxLength).IsRequired();
        builder.Property(p => p.Channel).HasMaxLength(CampaignPlan.ChannelMaxLength).IsRequired();
        builder.Property(p => p.RejectionReason).HasMaxLength(CampaignPlan.ReasonMaxLength);
        builder.Property(p => p.Multiplier).HasPrecision(7, 4);
        builder.HasIndex(p => new { p.BranchId, p.StartsOn });
        builder.HasIndex(p => new { p.Status, p.StartsOn });

        // The campaigns that ended in a month, for the campaign KPIs.
        builder.HasIndex(p => new { p.Status, p.EndsOn });
        builder.HasOne<Branch>().WithMany().HasForeignKey(p => p.BranchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PointsCampaign>().WithMany().HasForeignKey(p => p.PointsCampaignId).OnDelete(DeleteBehavior.Restrict);
    }
}
