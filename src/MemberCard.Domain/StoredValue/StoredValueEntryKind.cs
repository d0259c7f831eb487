namespace MemberCard.Domain.StoredValue;

public enum StoredValueEntryKind
{
    /// <summary>Money paid in at a till or online (principal), with any package bonus.</summary>
    TopUp,

    /// <summary>The balance used as a tender at the till.</summary>
    Spend,

    /// <summary>Goods paid with the balance came back: their share goes back to the balance.</summary>
    Return,

    /// <summary>Unused principal paid back to the member on request.</summary>
    Refund,

    /// <summary>Bonus given up when the principal is refunded.</summary>
    Forfeit,

    /// <summary>A head-office correction of either part, up or down, with its reason.</summary>
    Adjust,
}
