namespace MemberCard.Infrastructure.Payments;

/// <summary>The shared secret the payment provider (or its simulator) signs top-up confirmations with.</summary>
public sealed class PaymentOptions
{
    public const string Section = "Payments";

    /// <summary>Without a secret (or with a short one) every confirmation is refused: fail closed.</summary>
    public string? ConfirmationSecret { get; set; }

    /// <summary>How far a confirmation's timestamp may be from our clock.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}
