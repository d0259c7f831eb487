namespace MemberCard.Domain.Purchases;

using MemberCard.Domain.Branches;

/// <summary>One return against a receipt, with what it did to the member's points and the cash to settle.</summary>
public sealed class PurchaseReturn
{
    private PurchaseReturn()
    {
        LinesJson = "[]";
    }

    public Guid Id { get; private set; }

    public PurchaseId PurchaseId { get; private set; }

    public int Sequence { get; private set; }

    public BranchId BranchId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateOnly BusinessDate { get; private set; }

    /// <summary>The returned lines as JSON: [{"lineNo":1,"quantity":2}].</summary>
    public string LinesJson { get; private set; }

    /// <summary>Value of the returned goods after discounts.</summary>
    public decimal ReturnedAmount { get; private set; }

    /// <summary>Money to give back: the returned value less the part that was paid with points.</summary>
    public decimal MoneyRefund { get; private set; }

    public long PointsRefunded { get; private set; }

    public long PointsReversed { get; private set; }

    /// <summary>Earned points the member had already spent: settled as <see cref="CashToCollect"/>.</summary>
    public long PointsShortfall { get; private set; }

    public decimal CashToCollect { get; private set; }

    /// <summary>Earned points not taken back because they had expired before the return.</summary>
    public long PointsExpiredForgiven { get; private set; }

    internal static PurchaseReturn Record(PurchaseId purchaseId, int sequence, BranchId branchId, DateTimeOffset occurredAt, DateOnly businessDate,
        string linesJson, decimal returnedAmount, decimal moneyRefund, long pointsRefunded, long pointsReversed, long shortfall, decimal cashToCollect,
        long expiredForgiven) => new()
        {
            Id = Guid.CreateVersion7(),
            PurchaseId = purchaseId,
            Sequence = sequence,
            BranchId = branchId,
            OccurredAt = occurredAt,
            BusinessDate = businessDate,
            LinesJson = linesJson,
            ReturnedAmount = returnedAmount,
            MoneyRefund = moneyRefund,
            PointsRefunded = pointsRefunded,
            PointsReversed = pointsReversed,
            PointsShortfall = shortfall,
            CashToCollect = cashToCollect,
            PointsExpiredForgiven = expiredForgiven,
        };
}
