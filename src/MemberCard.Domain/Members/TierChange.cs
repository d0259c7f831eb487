namespace MemberCard.Domain.Members;

using MemberCard.Domain.Programme;

/// <summary>A record of every tier change and why it happened.</summary>
public sealed class TierChange
{
    public const string SinglePurchase = "single_purchase";
    public const string RollingSpend = "rolling_spend";
    public const string PeriodicReview = "periodic_review";
    public const string RollingDeposit = "rolling_deposit";

    private TierChange()
    {
        Reason = string.Empty;
    }

    public long Id { get; private set; }

    public MemberId MemberId { get; private set; }

    public Tier From { get; private set; }

    public Tier To { get; private set; }

    public string Reason { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public Guid? PurchaseId { get; private set; }

    /// <summary>The rolling spend (or purchase amount) that justified the change.</summary>
    public decimal Basis { get; private set; }

    internal static TierChange Record(MemberId memberId, Tier from, Tier to, string reason, decimal basis, DateTimeOffset occurredAt, Guid? purchaseId) => new()
    {
        MemberId = memberId,
        From = from,
        To = to,
        Reason = reason,
        Basis = basis,
        OccurredAt = occurredAt,
        PurchaseId = purchaseId,
    };
}
