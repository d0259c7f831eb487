namespace MemberCard.Infrastructure.Persistence;

using MemberCard.Domain.Kpis;
using Microsoft.EntityFrameworkCore;

public sealed partial class MemberCardDbContext
{
    public DbSet<BranchDailyStats> BranchDailyStats => Set<BranchDailyStats>();

    public DbSet<BranchMonthlyStats> BranchMonthlyStats => Set<BranchMonthlyStats>();

    public DbSet<BranchMonthlyPoints> BranchMonthlyPoints => Set<BranchMonthlyPoints>();

    public DbSet<MemberBranchMonthActivity> MemberBranchMonthActivity => Set<MemberBranchMonthActivity>();

    public DbSet<KpiWeights> KpiWeights => Set<KpiWeights>();

    // A branch sees its own rollups. Ranking every branch needs all of them: the KPI board reads them through
    // its one reviewed cross-branch query and hands a branch nothing of the others but its own rank and grade.
    partial void ApplyKpiFilters(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BranchDailyStats>().HasQueryFilter(s => ScopeSeesAll || s.BranchId == ScopeBranchId);
        modelBuilder.Entity<BranchMonthlyStats>().HasQueryFilter(s => ScopeSeesAll || s.BranchId == ScopeBranchId);
        modelBuilder.Entity<BranchMonthlyPoints>().HasQueryFilter(s => ScopeSeesAll || s.BranchId == ScopeBranchId);
        modelBuilder.Entity<MemberBranchMonthActivity>().HasQueryFilter(a => ScopeSeesAll || a.BranchId == ScopeBranchId);
    }
}
