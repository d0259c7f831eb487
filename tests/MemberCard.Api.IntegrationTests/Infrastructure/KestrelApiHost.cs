namespace MemberCard.Api.IntegrationTests.Infrastructure;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

/// <summary>
/// The API on a real loopback port (Kestrel, not the in-memory test server), for a real browser. It shares the
/// test database, the WeChat simulator and the clock of the suite's factory, so data built through the
/// factory's clients is what the browser sees.
/// </summary>
public sealed class KestrelApiHost : WebApplicationFactory<Program>
{
    private readonly MemberCardApiFactory _suite;

    public KestrelApiHost(MemberCardApiFactory suite)
    {
        _suite = suite;
        UseKestrel(0);
    }

    /// <summary>Starts the server and returns its address, e.g. http://127.0.0.1:43121.</summary>
    public Uri Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>The API registers its data source as an instance, which the container never disposes: close its connections here.</summary>
    public override async ValueTask DisposeAsync()
    {
        var dataSource = Services.GetService<NpgsqlDataSource>();
        await base.DisposeAsync();
        if (dataSource is not null)
        {
            await dataSource.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:MemberCard", _suite.ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("WeChat:Mode", "Simulated");
        builder.UseSetting("WeChat:BaseAddress", _suite.WeChatControl.BaseAddress!.ToString());
        builder.UseSetting("WeChat:OfficialAccount:Token", MemberCardApiFactory.WeChatToken);
        builder.UseSetting("WeChat:OfficialAccount:EncodingAesKey", MemberCardApiFactory.WeChatAesKey);
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Jwt:SigningKey", MemberCardApiFactory.JwtSigningKey);
        builder.UseSetting("MEMBERCARD_HQ_KEY", MemberCardApiFactory.HeadOfficeKey);
        builder.UseSetting("RateLimiting:PermitsPerMinute", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_suite.Clock)));
    }
}
