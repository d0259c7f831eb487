namespace MemberCard.Domain.Gifts;

public enum RedemptionKind
{
    /// <summary>A catalogue gift.</summary>
    Gift,

    /// <summary>Points used as money at the counter outside a purchase (e.g. a service fee).</summary>
    Payment,
}
