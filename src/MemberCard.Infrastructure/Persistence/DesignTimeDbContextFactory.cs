namespace MemberCard.Infrastructure.Persistence;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the API; it never connects.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<MemberCardDbContext>
{
    public MemberCardDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MemberCardDbContext>()
            .UseNpgsql("Host=localhost;Database=membercard_design", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", MemberCardDbContext.Schema))
            .UseSnakeCaseNamingConvention()
            .Options;
        return new MemberCardDbContext(options);
    }
}
