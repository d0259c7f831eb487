namespace MemberCard.Application.Kpis.Common;

/// <summary>
/// Saves append what they add to the KPIs as delta rows (no shared row is locked on the till's path); this
/// adds them into the daily and monthly rollups. A background service calls it every few seconds on every
/// instance (one folds at a time), tests call it directly. The KPI reads count unfolded deltas themselves, so
/// folding changes how the figures are stored, never what they are.
/// </summary>
public interface IKpiDeltaFolder
{
    /// <summary>Folds every delta committed so far (waiting for a fold in progress elsewhere); returns how many it folded.</summary>
    Task<int> FoldAsync(CancellationToken cancellationToken);
}
