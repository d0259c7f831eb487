namespace MemberCard.Domain.Purchases;

/// <summary>A committed line with everything the returns need: its points share and earning weight.</summary>
public sealed class PurchaseLine
{
    private PurchaseLine()
    {
        Sku = string.Empty;
    }

    public PurchaseId PurchaseId { get; private set; }

    public int LineNo { get; private set; }

    public string Sku { get; private set; }

    public string? Category { get; private set; }

    public decimal Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    public bool SpecialPrice { get; private set; }

    public bool Promotion { get; private set; }

    public decimal ListAmount { get; private set; }

    public DiscountKind DiscountKind { get; private set; }

    public decimal DiscountRate { get; private set; }

    public decimal DiscountAmount { get; private set; }

    public decimal NetAmount { get; private set; }

    public long PointsUsed { get; private set; }

    public decimal PointsValue { get; private set; }

    public decimal PaidAmount { get; private set; }

    public bool EarnsPoints { get; private set; }

    public decimal PointsMultiplier { get; private set; }

    public decimal EarnWeight { get; private set; }

    public decimal ReturnedQuantity { get; private set; }

    public long PointsRefunded { get; private set; }

    public decimal AmountRefunded { get; private set; }

    public decimal ReturnableQuantity => Quantity - ReturnedQuantity;

    internal static PurchaseLine From(PurchaseId purchaseId, QuotedLine q) => new()
    {
        PurchaseId = purchaseId,
        LineNo = q.Line.LineNo,
        Sku = q.Line.Sku,
        Category = q.Line.Category,
        Quantity = q.Line.Quantity,
        UnitPrice = q.Line.UnitPrice,
        SpecialPrice = q.Line.SpecialPrice,
        Promotion = q.Line.Promotion,
        ListAmount = q.ListAmount,
        DiscountKind = q.DiscountKind,
        DiscountRate = q.DiscountRate,
        DiscountAmount = q.DiscountAmount,
        NetAmount = q.NetAmount,
        PointsUsed = q.PointsUsed,
        PointsValue = q.PointsValue,
        PaidAmount = q.PaidAmount,
        EarnsPoints = q.EarnsPoints,
        PointsMultiplier = q.PointsMultiplier,
        EarnWeight = q.EarnWeight,
    };

    /// <summary>
    /// Returns <paramref name="quantity"/> more of this line. Amounts are computed on the cumulative returned
    /// quantity, so partial returns that add up to the whole line give back exactly what was paid.
    /// </summary>
    internal (decimal Amount, long PointsRefund) Return(decimal quantity)
    {
        var before = ReturnedQuantity;
        var after = before + quantity;
        var amountAfter = after == Quantity ? NetAmount : CheckoutCalculator.RoundMoney(NetAmount * after / Quantity);
        var pointsAfter = after == Quantity ? PointsUsed : (long)decimal.Floor(PointsUsed * after / Quantity);
        var amount = amountAfter - AmountRefunded;
        var points = pointsAfter - PointsRefunded;
        ReturnedQuantity = after;
        AmountRefunded = amountAfter;
        PointsRefunded = pointsAfter;
        return (amount, points);
    }

    internal decimal ReturnedEarnWeight => EarnWeight * ReturnedQuantity / Quantity;
}
