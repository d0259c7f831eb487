namespace MemberCard.Api.IntegrationTests.Jobs;

/// <summary>An active member as the tests hold them: their id (for SQL) and their card number (for the till).</summary>
public sealed record JobMember(Guid MemberId, string CardNumber);
