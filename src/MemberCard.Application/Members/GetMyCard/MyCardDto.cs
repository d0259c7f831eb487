namespace MemberCard.Application.Members.GetMyCard;

using MemberCard.Application.Members.Common;
using MemberCard.Application.Points.Common;

/// <summary>The shopper's own card: their details, tier benefits and balance.</summary>
public sealed record MyCardDto(
    string CardNumber,
    string CardStatus,
    string Tier,
    decimal DiscountRate,
    decimal PointsMultiplier,
    string Benefits,
    long PointsBalance,
    long SpendablePoints,
    IReadOnlyList<ExpiringPointsDto> Expiring,
    MemberDetailDto Member);
