namespace MemberCard.Infrastructure.Persistence;

using MemberCard.Domain.Kpis;
using MemberCard.Infrastructure.Kpis;
using Microsoft.EntityFrameworkCore;
using Npgsql;

public sealed partial class MemberCardDbContext
{
    public IQueryable<BranchMonthlyStats> LiveBranchMonthlyStats => BranchMonthlyStats.FromSqlRaw(KpiDeltaSql.LiveMonthly);

    public IQueryable<BranchMonthlyPoints> LiveBranchPointsAt(DateOnly month) =>
        BranchMonthlyPoints.FromSqlRaw(KpiDeltaSql.LivePointsAt, new NpgsqlParameter<DateOnly>("month", month));
}
