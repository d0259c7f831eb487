namespace MemberCard.Api.IntegrationTests.Kpis;

public sealed record KpiMember(Guid MemberId, string CardNumber);
