namespace MemberCard.Infrastructure.Persistence;

using MemberCard.Domain.Kpis;
using MemberCard.Infrastructure.Kpis;
using Microsoft.EntityFrameworkCore;

public sealed partial class MemberCardDbContext
{
    public IQueryable<BranchDailyStats> LiveBranchDailyStats => BranchDailyStats.FromSqlRaw(KpiDeltaSql.LiveDaily);

    public IQueryable<BranchMonthlyPoints> LiveBranchMonthlyPoints => BranchMonthlyPoints.FromSqlRaw(KpiDeltaSql.LiveMonthlyPoints);
}
