namespace MemberCard.Domain.Points;

using MemberCard.Domain.Members;

/// <summary>
/// Points credited together and expiring together. Spending takes from the lots that expire first; a lot is
/// spendable from the business day after it was credited until the day before <see cref="ExpiresOn"/>.
/// </summary>
public sealed class PointsLot
{
    private PointsLot()
    {
    }

    public PointsLotId Id { get; private set; }

    public MemberId MemberId { get; private set; }

    public LedgerEntryKind Source { get; private set; }

    public DateOnly CreditedOn { get; private set; }

    /// <summary>The first business date on which the lot is gone.</summary>
    public DateOnly ExpiresOn { get; private set; }

    public long Original { get; private set; }

    public long Remaining { get; private set; }

    public Guid? PurchaseId { get; private set; }

    public bool IsOpen => Remaining > 0;

    public bool IsExpiredOn(DateOnly businessDate) => businessDate >= ExpiresOn;

    /// <summary>"Points earned today cannot be redeemed today", and expired points cannot be spent.</summary>
    public bool IsSpendableOn(DateOnly businessDate) => IsOpen && CreditedOn < businessDate && !IsExpiredOn(businessDate);

    internal static PointsLot Open(MemberId memberId, LedgerEntryKind source, long points, DateOnly creditedOn, DateOnly expiresOn, Guid? purchaseId) => new()
    {
        Id = PointsLotId.New(),
        MemberId = memberId,
        Source = source,
        CreditedOn = creditedOn,
        ExpiresOn = expiresOn,
        Original = points,
        Remaining = points,
        PurchaseId = purchaseId,
    };

    internal long Take(long wanted)
    {
        var taken = Math.Min(wanted, Remaining);
        Remaining -= taken;
        return taken;
    }
}
