namespace MemberCard.Application.Common.Interfaces;

public enum PrincipalKind
{
    Anonymous,
    Shopper,
    Branch,
    HeadOffice,

    /// <summary>The service itself: start-up seeding and scheduled jobs.</summary>
    System,
}
