namespace MemberCard.Api.IntegrationTests.MemberRights;

public sealed record OnlineMember(HttpClient Shopper, Guid MemberId, string CardNumber, string OpenId, string Phone, string Name);
