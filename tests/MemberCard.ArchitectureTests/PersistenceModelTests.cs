namespace MemberCard.ArchitectureTests;

using MemberCard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

public sealed class PersistenceModelTests
{
    [Fact]
    public void Model_WhenComparedWithLatestMigration_HasNoPendingChanges()
    {
        // Built like the design-time factory (internal to Infrastructure); comparing models needs no connection.
        var options = new DbContextOptionsBuilder<MemberCardDbContext>()
            .UseNpgsql("Host=localhost;Database=x")
            .UseSnakeCaseNamingConvention()
            .Options;
        using var db = new MemberCardDbContext(options);

        var pending = db.Database.HasPendingModelChanges();

        pending.ShouldBeFalse("the model changed without a migration: run `dotnet ef migrations add <Name>`");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }
}
