namespace MemberCard.Infrastructure.Persistence.Configurations;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Kpis;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class BranchDailyStatsConfiguration : IEntityTypeConfiguration<BranchDailyStats>
{
    public void Configure(EntityTypeBuilder<BranchDailyStats> builder)
    {
        builder.ToTable("branch_daily_stats");
        builder.HasKey(s => new { s.BranchId, s.BusinessDate });

        // Month pages and trends read every branch for a date range.
        builder.HasIndex(s => s.BusinessDate);
        builder.HasOne<Branch>().WithMany().HasForeignKey(s => s.BranchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BranchMonthlyStatsConfiguration : IEntityTypeConfiguration<BranchMonthlyStats>
{
    public void Configure(EntityTypeBuilder<BranchMonthlyStats> builder)
    {
        builder.ToTable("branch_monthly_stats");
        builder.HasKey(s => new { s.BranchId, s.Month });

        // Month pages and trends read every branch for a range of months.
        builder.HasIndex(s => s.Month);
        builder.HasOne<Branch>().WithMany().HasForeignKey(s => s.BranchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BranchMonthlyPointsConfiguration : IEntityTypeConfiguration<BranchMonthlyPoints>
{
    public void Configure(EntityTypeBuilder<BranchMonthlyPoints> builder)
    {
        builder.ToTable("branch_monthly_points");
        builder.HasKey(s => new { s.BranchId, s.Month });
        builder.HasOne<Branch>().WithMany().HasForeignKey(s => s.BranchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MemberBranchMonthActivityConfiguration : IEntityTypeConfiguration<MemberBranchMonthActivity>
{
    public void Configure(EntityTypeBuilder<MemberBranchMonthActivity> builder)
    {
        builder.ToTable("member_branch_month_activity");
        builder.HasKey(a => new { a.Month, a.BranchId, a.MemberId });
        builder.HasOne<Branch>().WithMany().HasForeignKey(a => a.BranchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class KpiWeightsConfiguration : IEntityTypeConfiguration<KpiWeights>
{
    public void Configure(EntityTypeBuilder<KpiWeights> builder)
    {
        builder.ToTable("kpi_weights", t => t.HasCheckConstraint("ck_kpi_weights_singleton", $"id = {KpiWeights.SingletonId}"));
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.NewCards).HasPrecision(6, 2);
        builder.Property(w => w.ActivationRate).HasPrecision(6, 2);
        builder.Property(w => w.ActiveMembers).HasPrecision(6, 2);
        builder.Property(w => w.PurchaseFrequency).HasPrecision(6, 2);
        builder.Property(w => w.AverageSpend).HasPrecision(6, 2);
        builder.Property(w => w.Redemptions).HasPrecision(6, 2);
        builder.Property(w => w.Satisfaction).HasPrecision(6, 2);
    }
}
