namespace MemberCard.Application.Points.GetMyLots;

using MemberCard.Application.Points.Common;

/// <summary>Balance, what can be spent today, and when the rest expires.</summary>
public sealed record MyPointsDto(long Balance, long SpendableToday, IReadOnlyList<ExpiringPointsDto> Expiring);
