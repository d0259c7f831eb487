namespace MemberCard.Domain.StoredValue;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members;

/// <summary>
/// Money paid in to a member's balance: at a till under the till's receipt number (idempotent like a purchase),
/// or online as an order the payment provider confirms once, under our own trade number.
/// </summary>
public sealed class StoredValueTopUp
{
    public const int ReceiptNoMaxLength = 64;
    public const int IdempotencyKeyMaxLength = 100;
    public const int TransactionIdMaxLength = 64;
    public const int PaymentMethodMaxLength = 32;

    private StoredValueTopUp()
    {
        CardNumber = string.Empty;
        RequestHash = string.Empty;
    }

    public Guid Id { get; private set; }

    public MemberId MemberId { get; private set; }

    /// <summary>The till's branch; for an online order, the member's home branch (whose books it lands in).</summary>
    public BranchId BranchId { get; private set; }

    public TopUpChannel Channel { get; private set; }

    public TopUpStatus Status { get; private set; }

    public string CardNumber { get; private set; }

    /// <summary>The till's receipt number, or the trade number we gave the payment provider.</summary>
    public string? ReceiptNo { get; private set; }

    public string? IdempotencyKey { get; private set; }

    public string RequestHash { get; private set; }

    public string? ResponseJson { get; private set; }

    public Guid? PackageId { get; private set; }

    public decimal Principal { get; private set; }

    public decimal Bonus { get; private set; }

    public string? PaymentMethod { get; private set; }

    /// <summary>The payment provider's transaction id, once confirmed.</summary>
    public string? TransactionId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SettledAt { get; private set; }

    public string? RejectionCode { get; private set; }

    public static StoredValueTopUp AtTill(
        BranchId branchId, MemberId memberId, CardNumber card, string receiptNo, string? idempotencyKey, string requestHash,
        Money principal, Money bonus, Guid? packageId, string? paymentMethod, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(),
            MemberId = memberId,
            BranchId = branchId,
            Channel = TopUpChannel.Till,
            Status = TopUpStatus.Credited,
            CardNumber = card.Value,
            ReceiptNo = receiptNo,
            IdempotencyKey = idempotencyKey,
            RequestHash = requestHash,
            PackageId = packageId,
            Principal = principal.Yuan,
            Bonus = bonus.Yuan,
            PaymentMethod = paymentMethod,
            CreatedAt = now,
            SettledAt = now,
        };

    public static StoredValueTopUp Order(BranchId homeBranchId, MemberId memberId, CardNumber card, Money principal, Money bonus, Guid? packageId, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7();
        return new StoredValueTopUp
        {
            Id = id,
            MemberId = memberId,
            BranchId = homeBranchId,
            Channel = TopUpChannel.Online,
            Status = TopUpStatus.Pending,
            CardNumber = card.Value,
            ReceiptNo = "SV" + id.ToString("N").ToUpperInvariant(),
            RequestHash = string.Empty,
            PackageId = packageId,
            Principal = principal.Yuan,
            Bonus = bonus.Yuan,
            PaymentMethod = "wechat_pay",
            CreatedAt = now,
        };
    }

    public void StoreResponse(string json) => ResponseJson = json;

    /// <summary>The provider says the order was paid: it is credited now (the caller moves the balance).</summary>
    public void Credit(string transactionId, DateTimeOffset now)
    {
        EnsurePending();
        Status = TopUpStatus.Credited;
        TransactionId = transactionId;
        SettledAt = now;
    }

    /// <summary>Paid, but the balance could not take it (card frozen, limit reached since): recorded, not credited.</summary>
    public void Reject(string transactionId, string code, DateTimeOffset now)
    {
        EnsurePending();
        Status = TopUpStatus.Rejected;
        TransactionId = transactionId;
        RejectionCode = code;
        SettledAt = now;
    }

    private void EnsurePending()
    {
        if (Status != TopUpStatus.Pending)
        {
            throw new DomainException("stored_value.order_settled", "The top-up order is already settled.");
        }
    }
}
