namespace MemberCard.Application.StoredValue.Common;

/// <summary>
/// The payment provider's side of an online top-up (the provider itself is out of scope): it tells us, in a
/// signed message, that an order was paid. Implementations check the signature before anything is believed.
/// </summary>
public interface IPaymentConfirmations
{
    /// <summary>The confirmation in <paramref name="body"/>, or null when the signature or the body does not hold up.</summary>
    PaymentConfirmation? Verify(string body, string? timestamp, string? signature);
}
