namespace MemberCard.Application.Kpis.Common;

/// <summary>
/// One branch's KPIs for one month, with its place among all branches. Definitions: docs/kpis.md.
/// <see cref="Previous"/> is the same branch's row for the month before, for comparison (its own Previous is null).
/// </summary>
public sealed record BranchKpisDto(
    Guid BranchId,
    string BranchCode,
    string BranchName,
    string Month,
    int NewCards,
    int NewCardsActivated,
    decimal? ActivationRate,
    int ActiveMembers,
    int Purchases,
    decimal? PurchaseFrequency,
    decimal NetSpend,
    decimal? AverageSpend,
    decimal ReturnedAmount,
    int Redemptions,
    long PointsIssued,
    long PointsRedeemed,
    long PointsExpired,
    long PointsAdjusted,
    long OutstandingPoints,
    decimal OutstandingValue,
    int? Complaints,
    decimal? MedianHandlingHours,
    decimal? Satisfaction,
    int? CampaignParticipants,
    decimal? CampaignSpendUplift,
    decimal Score,
    int Rank,
    string Grade,
    int RankedBranches,
    BranchKpisDto? Previous = null);
