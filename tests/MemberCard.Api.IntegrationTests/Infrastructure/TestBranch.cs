namespace MemberCard.Api.IntegrationTests.Infrastructure;

public sealed record TestBranch(Guid Id, string Code, string RegionCode, HttpClient Client, string KeyId);
