namespace MemberCard.Api.IntegrationTests.Redemptions;

/// <summary>A member with an active card, as the points tests address them.</summary>
public sealed record PointsMember(Guid MemberId, string CardNumber, string Phone);
