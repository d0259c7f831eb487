namespace MemberCard.Domain.StoredValue;

using MemberCard.Domain.Members;

/// <summary>
/// One change of a member's stored value, principal and bonus apart. Append-only: each part of the balance is
/// always the sum of these.
/// </summary>
public sealed class StoredValueLedgerEntry
{
    public const int ReasonMaxLength = 200;
    public const int ApprovedByMaxLength = 64;

    private StoredValueLedgerEntry()
    {
    }

    public long Id { get; private set; }

    public MemberId MemberId { get; private set; }

    public StoredValueEntryKind Kind { get; private set; }

    /// <summary>Signed yuan: credits positive, debits negative.</summary>
    public decimal Principal { get; private set; }

    /// <summary>Signed yuan: credits positive, debits negative.</summary>
    public decimal Bonus { get; private set; }

    public decimal PrincipalAfter { get; private set; }

    public decimal BonusAfter { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateOnly BusinessDate { get; private set; }

    /// <summary>The branch where it happened; for an online top-up, the member's home branch.</summary>
    public Guid? BranchId { get; private set; }

    public string? CardNumber { get; private set; }

    public Guid? PurchaseId { get; private set; }

    public Guid? TopUpId { get; private set; }

    /// <summary>Who approved a refund (a name or staff number given by the caller).</summary>
    public string? ApprovedBy { get; private set; }

    public string? Reason { get; private set; }

    internal static StoredValueLedgerEntry Record(
        MemberId memberId, StoredValueEntryKind kind, decimal principal, decimal bonus, decimal principalAfter, decimal bonusAfter, StoredValueContext context) => new()
        {
            MemberId = memberId,
            Kind = kind,
            Principal = principal,
            Bonus = bonus,
            PrincipalAfter = principalAfter,
            BonusAfter = bonusAfter,
            OccurredAt = context.OccurredAt,
            BusinessDate = context.BusinessDate,
            BranchId = context.BranchId,
            CardNumber = context.CardNumber,
            PurchaseId = context.PurchaseId,
            TopUpId = context.TopUpId,
            ApprovedBy = context.ApprovedBy,
            Reason = context.Reason,
        };
}
