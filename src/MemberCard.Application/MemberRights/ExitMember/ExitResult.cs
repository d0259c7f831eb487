namespace MemberCard.Application.MemberRights.ExitMember;

/// <summary>What the exit did: the card cancelled and the points given up. The member id stays, anonymous.</summary>
public sealed record ExitResult(Guid MemberId, string CardNumber, string CardStatus, long PointsForfeited, DateTimeOffset ExitedAt);
