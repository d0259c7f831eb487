namespace MemberCard.Api.IntegrationTests.Security;

/// <summary>A member the isolation tests created, with what they need to recognise it in a response.</summary>
public sealed record IsolatedMember(Guid MemberId, string CardNumber, string Phone, string Name, string BirthDate);
