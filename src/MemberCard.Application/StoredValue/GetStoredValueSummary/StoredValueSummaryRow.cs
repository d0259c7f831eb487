namespace MemberCard.Application.StoredValue.GetStoredValueSummary;

/// <summary>
/// One branch's stored value in a month. Flows count where they happened (an online top-up in the member's home
/// branch, a head-office adjustment in the member's); the liability at month end counts the balances of the
/// branch's members, wherever they were paid in. <see cref="Adjustments"/> is net (principal and bonus, signed).
/// </summary>
public sealed record StoredValueSummaryRow(
    Guid BranchId,
    string BranchCode,
    string Month,
    int TopUps,
    decimal TopUpPrincipal,
    decimal BonusGranted,
    decimal BalanceSpend,
    decimal BalanceReturned,
    decimal Refunds,
    decimal BonusForfeited,
    decimal Adjustments,
    decimal LiabilityPrincipal,
    decimal LiabilityBonus,
    decimal Liability);
