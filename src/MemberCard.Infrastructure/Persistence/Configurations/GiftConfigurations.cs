namespace MemberCard.Infrastructure.Persistence.Configurations;

using MemberCard.Domain.Campaigns;
using MemberCard.Domain.Gifts;
using MemberCard.Domain.Jobs;
using MemberCard.Domain.Members;
using MemberCard.Domain.Milestones;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class GiftConfiguration : IEntityTypeConfiguration<Gift>
{
    public void Configure(EntityTypeBuilder<Gift> builder)
    {
        builder.ToTable("gifts", t =>
        {
            t.HasCheckConstraint("ck_gifts_stock_non_negative", "stock >= 0");
            t.HasCheckConstraint("ck_gifts_points_price_positive", "points_price > 0");
        });
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Name).HasMaxLength(Gift.NameMaxLength).IsRequired();
        builder.Property(g => g.Version).IsRowVersion();
        builder.Ignore(g => g.DomainEvents);
    }
}

internal sealed class RedemptionConfiguration : IEntityTypeConfiguration<Redemption>
{
    public void Configure(EntityTypeBuilder<Redemption> builder)
    {
        builder.ToTable("redemptions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.CardNumber).HasMaxLength(CardNumber.Length).IsRequired();
        builder.Property(r => r.Reference).HasMaxLength(Redemption.ReferenceMaxLength);
        builder.HasIndex(r => new { r.BranchId, r.Reference }).IsUnique().HasFilter("reference IS NOT NULL AND branch_id IS NOT NULL");
        builder.HasIndex(r => new { r.MemberId, r.Reference }).IsUnique().HasFilter("reference IS NOT NULL AND branch_id IS NULL");
        builder.HasIndex(r => new { r.MemberId, r.OccurredAt });
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Gift>().WithMany().HasForeignKey(r => r.GiftId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PointsCampaignConfiguration : IEntityTypeConfiguration<PointsCampaign>
{
    public void Configure(EntityTypeBuilder<PointsCampaign> builder)
    {
        builder.ToTable("points_campaigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(PointsCampaign.NameMaxLength).IsRequired();
        builder.Property(c => c.Multiplier).HasPrecision(7, 4);
        builder.HasIndex(c => new { c.StartsOn, c.EndsOn });
    }
}

internal sealed class MilestoneClaimConfiguration : IEntityTypeConfiguration<MilestoneClaim>
{
    public void Configure(EntityTypeBuilder<MilestoneClaim> builder)
    {
        builder.ToTable("milestone_claims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.MemberId, c.CardYearStart, c.MilestonePoints }).IsUnique();
        builder.HasIndex(c => new { c.Status, c.LapsesOn });
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("job_runs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).UseIdentityAlwaysColumn();
        builder.Property(j => j.Name).HasMaxLength(64).IsRequired();
        builder.Property(j => j.Trigger).HasMaxLength(32).IsRequired();
        builder.HasIndex(j => new { j.Name, j.AsOf });
    }
}
