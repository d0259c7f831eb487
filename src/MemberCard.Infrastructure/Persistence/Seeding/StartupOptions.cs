namespace MemberCard.Infrastructure.Persistence.Seeding;

public sealed class StartupOptions
{
    /// <summary>Apply pending migrations at start-up. The run command sets it; the production image does not.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Seed a demo chain (three branches, their keys) into an empty database.</summary>
    public bool SeedDemo { get; set; }

    /// <summary>Where the demo keys are written for the developer (never set in production).</summary>
    public string? DemoKeysFile { get; set; }

    /// <summary>The bootstrap head-office key (<c>MEMBERCARD_HQ_KEY</c>); generated and printed once when absent.</summary>
    public string? BootstrapHeadOfficeKey { get; set; }
}
