namespace MemberCard.Infrastructure.Persistence.ReadModel;

using MemberCard.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

internal static class ReadModelRegistration
{
    /// <summary>
    /// <see cref="IReadModelDb"/>: without <c>ConnectionStrings:MemberCardReadOnly</c> the request's own context;
    /// with it, a second instance of the same context class (same model and query filters) whose connections the
    /// router points at the replica or, when the replica is down or lags, the primary.
    /// </summary>
    public static void AddReadModel(IServiceCollection services, IConfiguration configuration, string primaryConnectionString, bool autoPrepare)
    {
        services.Configure<ReadReplicaOptions>(configuration.GetSection(ReadReplicaOptions.Section));
        var replica = configuration.GetConnectionString(ReadReplicaOptions.ConnectionStringName);
        services.AddSingleton(sp => new ReadReplicaRouter(
            string.IsNullOrWhiteSpace(replica) ? null : ForReads(replica, autoPrepare),
            ForReads(primaryConnectionString, autoPrepare),
            sp.GetRequiredService<IOptions<ReadReplicaOptions>>(),
            sp.GetRequiredService<ILogger<ReadReplicaRouter>>()));
        if (string.IsNullOrWhiteSpace(replica))
        {
            services.AddScoped<IReadModelDb>(sp => sp.GetRequiredService<MemberCardDbContext>());
            return;
        }

        services.AddSingleton(sp => new ReadModelContextPool(
            new PooledDbContextFactory<MemberCardDbContext>(Build(sp.GetRequiredService<ReadReplicaRouter>()))));
        services.AddScoped<IReadModelDb>(sp => sp.GetRequiredService<ReadModelContextPool>().Contexts.CreateDbContext()
            .ScopeTo(sp.GetRequiredService<ICurrentPrincipal>(), sp));
    }

    private static DbContextOptions<MemberCardDbContext> Build(ReadReplicaRouter router) =>
        new DbContextOptionsBuilder<MemberCardDbContext>()
            .UseNpgsql(router.PrimaryConnectionString, npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history", MemberCardDbContext.Schema)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)
                .ExecutionStrategy(dependencies => new ReplicaFallbackExecutionStrategy(dependencies, router)))
            .UseSnakeCaseNamingConvention()
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(new ReadModelRoutingInterceptor(router), new ReadOnlyGuardInterceptor())
            .Options;

    /// <summary>Named so the database's activity view tells read-model sessions apart.</summary>
    private static string ForReads(string connectionString, bool autoPrepare)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "membercard-read";
        }

        if (autoPrepare && builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }
}
