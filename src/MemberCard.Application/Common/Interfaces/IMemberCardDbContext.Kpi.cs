namespace MemberCard.Application.Common.Interfaces;

using MemberCard.Domain.Kpis;
using Microsoft.EntityFrameworkCore;

public partial interface IMemberCardDbContext
{
    DbSet<BranchDailyStats> BranchDailyStats { get; }

    DbSet<BranchMonthlyStats> BranchMonthlyStats { get; }

    DbSet<BranchMonthlyPoints> BranchMonthlyPoints { get; }

    DbSet<MemberBranchMonthActivity> MemberBranchMonthActivity { get; }

    DbSet<KpiWeights> KpiWeights { get; }
}
