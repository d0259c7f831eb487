namespace MemberCard.Application.Cards.LookupCardAtTill;

/// <summary>The minimal view any till of the chain may see of any card: nothing personal beyond a masked name.</summary>
public sealed record TillCardView(
    string CardNumber,
    string CardStatus,
    bool CanTransact,
    string MaskedName,
    string Tier,
    decimal DiscountRate,
    long PointsBalance,
    bool IsHomeBranch,
    string? CurrentCardNumber);
