namespace MemberCard.Infrastructure;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Infrastructure.Kpis;
using MemberCard.Infrastructure.Persistence;
using MemberCard.Infrastructure.Persistence.Interceptors;
using MemberCard.Infrastructure.Persistence.ReadModel;
using MemberCard.Infrastructure.Persistence.Seeding;
using MemberCard.Application.Common.WeChat;
using MemberCard.Infrastructure.WeChat;
using MemberCard.Infrastructure.WeChat.Callback;
using MemberCard.Infrastructure.WeChat.Client;
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
        // DISCARD ALL on pool return (no session state is used on pooled connections). Behind a transaction pooler
        // without prepared-statement support (pgbouncer before 1.21) Database:AutoPrepare=false turns it off.
        var autoPrepare = configuration.GetValue("Database:AutoPrepare", defaultValue: true);
        if (autoPrepare && dataSourceBuilder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            dataSourceBuilder.ConnectionStringBuilder.MaxAutoPrepare = 64;
            dataSourceBuilder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        }

        dataSourceBuilder.ConnectionStringBuilder.NoResetOnClose = true;

        // A pool that never prunes: every Connection Idle Lifetime (300 s) Npgsql closes, all at once, as many
        // connections as sat idle in its median sample, and under a steady 500 requests/s that was a burst of 503s
        // each time (docs/benchmarks.md, "What limits it"). The pool still opens connections only when needed, up to
        // its maximum, which bounds what an instance holds; a connection string that sets a minimum keeps it.
        if (dataSourceBuilder.ConnectionStringBuilder.MinPoolSize == 0)
        {
            dataSourceBuilder.ConnectionStringBuilder.MinPoolSize = dataSourceBuilder.ConnectionStringBuilder.MaxPoolSize;
        }
        var dataSource = dataSourceBuilder.Build();
        services.AddSingleton(dataSource);
        services.AddSingleton<DomainEventsInterceptor>();
        services.AddKpis(configuration);

        // Pooled: a new context would build EF's internal services again on every request (the largest share of a
        // till lookup's CPU). Options are built once; the interceptors hold no per-request state and reach the
        // request's services through the context, which each lease scopes to the request's principal. The pool's
        // scoped lease returns the context when the scope ends, once, however many aliases of it DI disposes.
        services.AddDbContextPool<MemberCardDbContext>((sp, options) => options
            .UseNpgsql(dataSource, npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history", MemberCardDbContext.Schema)

                // The till's reads load a member with cards and lots in one statement on purpose (one round
                // trip); saying so also stops EF warning about it on every new query it compiles.
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(sp.GetRequiredService<DomainEventsInterceptor>(), sp.GetRequiredService<KpiRollupInterceptor>()));
        var leased = services.Single(d => d.ServiceType == typeof(MemberCardDbContext));
        services.Remove(leased);
        services.AddScoped(sp => ((MemberCardDbContext)leased.ImplementationFactory!(sp))
            .ScopeTo(sp.GetRequiredService<ICurrentPrincipal>(), sp));
        services.AddScoped<IMemberCardDbContext>(sp => sp.GetRequiredService<MemberCardDbContext>());
        ReadModelRegistration.AddReadModel(services, configuration, connectionString, autoPrepare);
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
        services.Configure<Payments.PaymentOptions>(configuration.GetSection(Payments.PaymentOptions.Section));
        services.AddSingleton<Application.StoredValue.Common.IPaymentConfirmations, Payments.SignedPaymentConfirmations>();

        AddWeChat(services, configuration);
        Jobs.JobsRegistration.AddJobs(services, configuration);
        Outbox.OutboxRegistration.AddOutbox(services, configuration);
        Notifications.NotificationRegistration.AddNotifications(services, configuration);
        return services;
    }

    /// <summary>
    /// Live talks to WeChat with the configured apps and refuses to start without them. Simulated talks to the
    /// local simulator with its well-known dev identities, and also accepts <c>dev:</c> login and phone codes.
    /// </summary>
    private static void AddWeChat(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(WeChatOptions.Section);
        var mode = section.Get<WeChatOptions>()?.Mode ?? WeChatMode.Live;
        services.Configure<WeChatOptions>(section);
        var settings = section.Get<WeChatClientSettings>() ?? new WeChatClientSettings();
        if (mode == WeChatMode.Simulated)
        {
            SimulatorDefaults.FillIn(settings, section);
        }
        else if (string.IsNullOrWhiteSpace(settings.OfficialAccount.Token))
        {
            throw new InvalidOperationException("WeChat:Mode=Live needs WeChat:OfficialAccount:Token to verify the event push.");
        }

        services.AddWeChatClients(settings);
        if (mode == WeChatMode.Simulated)
        {
            var live = services.Last(d => d.ServiceType == typeof(IWeChatMiniProgram));
            services.Remove(live);
            services.AddSingleton<IWeChatMiniProgram>(sp =>
                new SimulatedWeChatMiniProgram((IWeChatMiniProgram)live.ImplementationFactory!(sp)));
        }

        services.AddSingleton<IWeChatCallbackCodec>(sp => new WeChatCallbackCodec(
            settings.OfficialAccount.Token,
            string.IsNullOrWhiteSpace(settings.OfficialAccount.EncodingAesKey) ? null : settings.OfficialAccount.EncodingAesKey,
            settings.OfficialAccount.AppId,
            sp.GetRequiredService<TimeProvider>()));
    }
}
