namespace MemberCard.Domain.Gifts;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;

/// <summary>Points spent outside a purchase: a gift from the catalogue or a payment at the counter.</summary>
public sealed class Redemption
{
    public const int ReferenceMaxLength = 64;

    private Redemption()
    {
        CardNumber = string.Empty;
    }

    public Guid Id { get; private set; }

    public MemberId MemberId { get; private set; }

    public RedemptionKind Kind { get; private set; }

    public GiftId? GiftId { get; private set; }

    public int Quantity { get; private set; }

    public long Points { get; private set; }

    public decimal Value { get; private set; }

    public BranchId? BranchId { get; private set; }

    public string CardNumber { get; private set; }

    /// <summary>The till's or app's own reference; unique per branch (or per member online) so retries are safe.</summary>
    public string? Reference { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateOnly BusinessDate { get; private set; }

    public static Redemption Record(MemberId memberId, RedemptionKind kind, GiftId? giftId, int quantity, long points, decimal value,
        BranchId? branchId, string cardNumber, string? reference, DateTimeOffset occurredAt, DateOnly businessDate) => new()
        {
            Id = Guid.CreateVersion7(),
            MemberId = memberId,
            Kind = kind,
            GiftId = giftId,
            Quantity = quantity,
            Points = points,
            Value = value,
            BranchId = branchId,
            CardNumber = cardNumber,
            Reference = reference,
            OccurredAt = occurredAt,
            BusinessDate = businessDate,
        };
}
