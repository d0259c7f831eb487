namespace MemberCard.Infrastructure;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Infrastructure.Persistence;
using MemberCard.Infrastructure.Persistence.Interceptors;
using MemberCard.Infrastructure.Persistence.Seeding;
using MemberCard.Infrastructure.WeChat;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

public static class DependencyInjection
{
    public const string ConnectionStringName = "MemberCard";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"Connection string '{ConnectionStringName}' is missing (ConnectionStrings__{ConnectionStringName}).");

        var dataSourceBuilder = new NpgsqlDataSourceBuilder(connectionString);

        // The till runs the same few statements all day: prepare them once per connection, and skip the
        // DISCARD ALL on pool return (no session state is used on pooled connections).
        if (dataSourceBuilder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            dataSourceBuilder.ConnectionStringBuilder.MaxAutoPrepare = 64;
            dataSourceBuilder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        }

        dataSourceBuilder.ConnectionStringBuilder.NoResetOnClose = true;
        var dataSource = dataSourceBuilder.Build();
        services.AddSingleton(dataSource);
        services.AddScoped<DomainEventsInterceptor>();
        services.AddDbContext<MemberCardDbContext>((sp, options) => options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", MemberCardDbContext.Schema))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(sp.GetRequiredService<DomainEventsInterceptor>()));
        services.AddScoped<IMemberCardDbContext>(sp => sp.GetRequiredService<MemberCardDbContext>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<ICardNumberAllocator, CardNumberAllocator>();
        services.AddScoped<IRowLocks, RowLocks>();

        services.Configure<StartupOptions>(o =>
        {
            o.MigrateOnStartup = configuration.GetValue<bool>("Database:MigrateOnStartup");
            o.SeedDemo = configuration.GetValue<bool>("Demo:Seed");
            o.DemoKeysFile = configuration["Demo:KeysFile"];
            o.BootstrapHeadOfficeKey = configuration["MEMBERCARD_HQ_KEY"];
        });
        services.AddSingleton<DatabaseInitializer>();

        var weChat = configuration.GetSection(WeChatOptions.Section).Get<WeChatOptions>() ?? new WeChatOptions();
        services.Configure<WeChatOptions>(configuration.GetSection(WeChatOptions.Section));
        if (weChat.Mode != WeChatMode.Simulated)
        {
            throw new InvalidOperationException("WeChat:Mode=Live needs the WeChat client, which is not built yet; run with WeChat:Mode=Simulated.");
        }

        services.AddSingleton<IWeChatMiniProgram, SimulatedWeChatMiniProgram>();
        Jobs.JobsRegistration.AddJobs(services, configuration);
        return services;
    }
}
