namespace MemberCard.Api.IntegrationTests.Kpis;

using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>The small fixed chain of the KPI tests (KpiTestBase.FixedChainAsync): two busy branches and an idle one.</summary>
public sealed record KpiWorld(TestBranch A, TestBranch B, TestBranch C);
