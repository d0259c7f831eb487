namespace MemberCard.Api.IntegrationTests.Till;

/// <summary>A member the till tests created, with the card the till scans.</summary>
public sealed record TillMember(Guid MemberId, string CardNumber, string Phone);
