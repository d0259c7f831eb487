namespace MemberCard.Api.IntegrationTests.Infrastructure;

using MemberCard.Infrastructure.Persistence.Seeding;
using MemberCard.WeChatSimulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;
using Respawn;
using Testcontainers.PostgreSql;

/// <summary>
/// The API in-process against real PostgreSQL: the database in <c>MEMBERCARD_TEST_DB</c> (scripts/test
/// starts a throwaway cluster and sets it), or a Testcontainers PostgreSQL where a Docker engine exists.
/// </summary>
public sealed class MemberCardApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string HeadOfficeKey = "mc_hq_integration-tests-bootstrap-key-0000000000";
    public const string JwtSigningKey = "integration-tests-signing-key-with-at-least-32-bytes";

    /// <summary>The callback Token and EncodingAESKey the API and the simulator share.</summary>
    public const string WeChatToken = "integration-callback-token";
    public const string PaymentSecret = "integration-payment-confirmation-secret";
    public const string WeChatAesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private PostgreSqlContainer? _container;
    private WebApplication? _simulator;
    private Respawner? _respawner;

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>
    /// The API's clock. It starts at the real time and each reset puts it back there; a test that needs a
    /// business date (a birthday, an expiry) pins it with <c>SetChinaDate</c> or moves it with <c>Advance</c>.
    /// </summary>
    public TestClock Clock { get; } = new();

    /// <summary>
    /// The local WeChat simulator on a real port: the API's WeChat client calls it over HTTP, and it pushes
    /// its events into the API in-process. Reset before each test (cards, codes, faults, recordings).
    /// </summary>
    public SimulatorState WeChat => _simulator!.Services.GetRequiredService<SimulatorState>();

    /// <summary>
    /// Safe mode, as production should run: with a key configured the API refuses plaintext pushes. The simulator
    /// also plays the payment provider and signs its confirmations with the API's secret.
    /// </summary>
    public SimulatorSettings WeChatSettings { get; } = new() { Token = WeChatToken, EncodingAesKey = WeChatAesKey, PaymentSecret = PaymentSecret };

    public HttpClient WeChatControl { get; private set; } = null!;

    /// <summary>Error logs of the API since the last reset, for failure reports.</summary>
    public ServerErrorLog ServerErrors { get; } = new();

    /// <summary>Requests per minute per caller; tests about rate limiting build their own factory with a low one.</summary>
    public int PermitsPerMinute { get; init; } = 100_000;

    /// <summary>
    /// The read-only connection string of the read model (ADR 0018), made from the test database's; null (the
    /// default) runs without a replica, as the rest of the suite does.
    /// </summary>
    public Func<string, string>? ReadOnlyConnectionString { get; init; }

    /// <summary>
    /// How long the API trusts one check of the replica; null keeps its default. A test that needs the router to keep
    /// its own verdict (healthy, or failed over by a query) for the whole test sets a long one.
    /// </summary>
    public TimeSpan? ReadReplicaCheckInterval { get; init; }

    /// <summary>Requests served at once and queued; null keeps the API's defaults.</summary>
    public (int Concurrent, int Queued)? Admission { get; init; }

    /// <summary>
    /// The API's own connection string made from the test database's; fault tests route it through a proxy they
    /// can cut, while the factory's resets and assertions keep the direct line.
    /// </summary>
    public Func<string, string>? ApiConnectionString { get; init; }

    public async Task InitializeAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("MEMBERCARD_TEST_DB");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            ConnectionString = fromEnvironment;
        }
        else
        {
            try
            {
                _container = new PostgreSqlBuilder("postgres:15-alpine").Build();
                await _container.StartAsync();
                ConnectionString = _container.GetConnectionString();
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException(
                    "No test database: set MEMBERCARD_TEST_DB or run the suite with scripts/test, which starts a throwaway PostgreSQL.", ex);
            }
        }

        // The simulator first: the factory watches for the next host built in this process.
        _simulator = WeChatSimulatorApp.Create([], WeChatSettings);
        _simulator.Urls.Add("http://127.0.0.1:0");
        await _simulator.StartAsync();
        WeChatControl = new HttpClient { BaseAddress = new Uri(_simulator.Urls.Single()) };

        // Building the server applies the migrations and the start-up seeding.
        _ = Server;
        WeChatSettings.CallbackUrl = "http://localhost/wechat/callback";
        WeChatSettings.PaymentConfirmationUrl = "http://localhost/api/v1/payments/top-up-confirmations";
        WeChatSettings.PaymentClock = Clock;
        WeChatSettings.CallbackHandler = () => Server.CreateHandler();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["membercard"],
            TablesToIgnore = [new Respawn.Graph.Table("membercard", "__ef_migrations_history")],
        });
    }

    /// <summary>Empties every table and re-runs the start-up seeding (programme defaults, bootstrap HQ key).</summary>
    public async Task ResetAsync()
    {
        Clock.Reset();
        WeChat.Reset();
        ServerErrors.Clear();
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await _respawner!.ResetAsync(connection);
        }

        await Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

        // Verified keys are cached; after the reset the same HQ secret belongs to a new key row.
        (Services.GetRequiredService<IMemoryCache>() as MemoryCache)?.Clear();
    }

    public async Task<NpgsqlConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        WeChatControl.Dispose();
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }

        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:MemberCard", ApiConnectionString?.Invoke(ConnectionString) ?? ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        if (ReadOnlyConnectionString is not null)
        {
            builder.UseSetting("ConnectionStrings:MemberCardReadOnly", ReadOnlyConnectionString(ConnectionString));
        }

        if (ReadReplicaCheckInterval is { } checkInterval)
        {
            builder.UseSetting("Database:ReadReplica:CheckInterval", checkInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.UseSetting("WeChat:Mode", "Simulated");
        builder.UseSetting("WeChat:BaseAddress", _simulator!.Urls.Single());
        builder.UseSetting("WeChat:OfficialAccount:Token", WeChatToken);
        builder.UseSetting("WeChat:OfficialAccount:EncodingAesKey", WeChatAesKey);

        // Retries and timeouts short enough that outage tests take seconds, long enough to ride out a busy CI.
        builder.UseSetting("WeChat:RetryBaseDelay", "00:00:00.020");
        builder.UseSetting("WeChat:AttemptTimeout", "00:00:02");
        builder.UseSetting("WeChat:TotalTimeout", "00:00:05");

        // The breaker would carry one outage test's failures into the next test; its own logic has unit tests.
        builder.UseSetting("WeChat:CircuitBreakerMinimumThroughput", "100000");

        // The outbox is dispatched when a test says so, like the jobs.
        builder.UseSetting("Outbox:Enabled", "false");

        // So are the KPI deltas folded (the KPIs count unfolded ones; tests fold to check the rollup tables).
        builder.UseSetting("Kpis:DeltaFold:Enabled", "false");
        builder.UseSetting("Jwt:SigningKey", JwtSigningKey);
        builder.UseSetting("Payments:ConfirmationSecret", PaymentSecret);
        builder.UseSetting("MEMBERCARD_HQ_KEY", HeadOfficeKey);
        builder.UseSetting("RateLimiting:PermitsPerMinute", PermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Admission is var (concurrent, queued))
        {
            builder.UseSetting("RateLimiting:MaxConcurrentRequests", concurrent.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("RateLimiting:QueuedRequests", queued.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");

        // Jobs run only when a test asks for them through the HQ endpoint, never on the scheduler's whim.
        builder.UseSetting("Jobs:Enabled", "false");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        builder.ConfigureLogging(logging => logging.AddProvider(ServerErrors));
    }
}
