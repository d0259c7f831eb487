namespace MemberCard.Application.Points.Common;

/// <summary>"<see cref="Points"/> points expire on <see cref="ExpiresOn"/>."</summary>
public sealed record ExpiringPointsDto(DateOnly ExpiresOn, long Points, string Message);
