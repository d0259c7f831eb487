namespace MemberCard.Application.Kpis.Common;

/// <summary>
/// The daily rollups behind the KPIs. They are kept incrementally with every save; this recomputes a month of
/// them from the source tables (cards, purchases, returns, points ledger), for repair and for checking.
/// </summary>
public interface IKpiRollups
{
    /// <summary>Replaces the month's rollups with a direct recomputation; returns how many daily rows it wrote.</summary>
    Task<int> RebuildMonthAsync(KpiMonth month, CancellationToken cancellationToken);
}
