namespace MemberCard.Domain.StoredValue;

/// <summary>Which part of the balance a payment uses up first.</summary>
public enum StoredValueSpendOrder
{
    /// <summary>The default: bonus money goes first, so principal (refundable) lasts longest.</summary>
    BonusFirst,

    PrincipalFirst,
}
