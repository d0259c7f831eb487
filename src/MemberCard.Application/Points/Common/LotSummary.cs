namespace MemberCard.Application.Points.Common;

using MemberCard.Domain.Points;

/// <summary>Open points grouped by expiry date, soonest first, as the shopper sees them.</summary>
public static class LotSummary
{
    public static IReadOnlyList<ExpiringPointsDto> ByExpiry(IEnumerable<PointsLot> openLots) =>
        openLots.Where(l => l.IsOpen)
            .GroupBy(l => l.ExpiresOn)
            .OrderBy(g => g.Key)
            .Select(g => new ExpiringPointsDto(g.Key, g.Sum(l => l.Remaining), $"{g.Sum(l => l.Remaining)} points expire on {g.Key:yyyy-MM-dd}"))
            .ToList();
}
