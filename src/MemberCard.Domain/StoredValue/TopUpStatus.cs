namespace MemberCard.Domain.StoredValue;

public enum TopUpStatus
{
    /// <summary>An online order waiting for the payment confirmation.</summary>
    Pending,

    /// <summary>Credited to the balance.</summary>
    Credited,

    /// <summary>Paid but not credited (the card could no longer take it): the provider must pay it back.</summary>
    Rejected,
}
