namespace MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>All HTTP tests share one server and one database, so they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<MemberCardApiFactory>
{
    public const string Name = "api";
}
