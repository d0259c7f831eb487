namespace MemberCard.Domain.Points;

using MemberCard.Domain.Members;

/// <summary>One change of a member's points. Append-only: the balance is always the sum of these.</summary>
public sealed class PointsLedgerEntry
{
    public const int ReasonMaxLength = 200;

    private PointsLedgerEntry()
    {
    }

    public long Id { get; private set; }

    public MemberId MemberId { get; private set; }

    public LedgerEntryKind Kind { get; private set; }

    /// <summary>Signed: credits positive, debits negative.</summary>
    public long Points { get; private set; }

    public long BalanceAfter { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateOnly BusinessDate { get; private set; }

    public Guid? BranchId { get; private set; }

    public Guid? PurchaseId { get; private set; }

    public Guid? ReferenceId { get; private set; }

    public string? CardNumber { get; private set; }

    public string? Reason { get; private set; }

    public PointsLotId? LotId { get; private set; }

    internal static PointsLedgerEntry Record(MemberId memberId, LedgerEntryKind kind, long points, long balanceAfter, PointsContext context, PointsLotId? lotId) => new()
    {
        MemberId = memberId,
        Kind = kind,
        Points = points,
        BalanceAfter = balanceAfter,
        OccurredAt = context.OccurredAt,
        BusinessDate = context.BusinessDate,
        BranchId = context.BranchId,
        PurchaseId = context.PurchaseId,
        ReferenceId = context.ReferenceId,
        CardNumber = context.CardNumber,
        Reason = context.Reason,
        LotId = lotId,
    };
}
