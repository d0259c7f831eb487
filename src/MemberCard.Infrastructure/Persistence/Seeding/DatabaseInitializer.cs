namespace MemberCard.Infrastructure.Persistence.Seeding;

using MemberCard.Application.ApiKeys.Common;
using MemberCard.Application.Common.Security;
using MemberCard.Domain.ApiKeys;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// Brings a database to a usable state at start-up: migrations (when asked), the programme settings row,
/// the bootstrap head-office key and, in development, a demo chain.
/// </summary>
public sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes, IOptions<StartupOptions> options, TimeProvider clock, ILogger<DatabaseInitializer> logger)
{
    private static readonly (string Code, string Name, string Region, BranchKind Kind)[] DemoBranches =
    [
        ("SZ001", "Shenzhen Futian", "755", BranchKind.Direct),
        ("GZ001", "Guangzhou Tianhe", "020", BranchKind.Direct),
        ("DG001", "Dongguan Nancheng", "769", BranchKind.Franchise),
    ];

    public async Task InitializeAsync(CancellationToken cancellationToken, bool migrate = false)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
        var db = scope.ServiceProvider.GetRequiredService<MemberCardDbContext>();
        var settings = options.Value;

        if (settings.MigrateOnStartup || migrate)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        var now = clock.GetUtcNow();
        if (!await db.Programme.AnyAsync(cancellationToken))
        {
            db.Programme.Add(ProgrammeSettings.CreateDefault(now));
            await db.SaveChangesAsync(cancellationToken);
        }

        await EnsureHeadOfficeKeyAsync(db, settings, now, cancellationToken);
        if (settings.SeedDemo)
        {
            await SeedDemoAsync(db, settings, now, cancellationToken);
        }
    }

    private async Task EnsureHeadOfficeKeyAsync(MemberCardDbContext db, StartupOptions settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(settings.BootstrapHeadOfficeKey))
        {
            var secret = settings.BootstrapHeadOfficeKey.Trim();
            var hash = ApiKeySecret.Hash(secret);
            if (!await db.ApiKeys.AnyAsync(k => k.Hash == hash, cancellationToken))
            {
                db.ApiKeys.Add(ApiKey.Issue("Bootstrap head-office key", ApiKeyRole.HeadOffice, null, ApiKeySecret.PrefixOf(secret), hash, now));
                await db.SaveChangesAsync(cancellationToken);
                LogBootstrapKeyRegistered(logger);
            }

            return;
        }

        if (await db.ApiKeys.AnyAsync(k => k.Role == ApiKeyRole.HeadOffice && k.RevokedAt == null, cancellationToken))
        {
            return;
        }

        var (generated, prefix, generatedHash) = ApiKeySecret.Generate(ApiKeyRole.HeadOffice);
        db.ApiKeys.Add(ApiKey.Issue("Bootstrap head-office key", ApiKeyRole.HeadOffice, null, prefix, generatedHash, now));
        await db.SaveChangesAsync(cancellationToken);

        // Shown once on the console, on purpose, and never logged: the hash is all we keep.
        Console.WriteLine($"Head-office API key (shown once, store it now): {generated}");
    }

    private static async Task SeedDemoAsync(MemberCardDbContext db, StartupOptions settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Branches.AnyAsync(cancellationToken))
        {
            if (settings.DemoKeysFile is { } existing && File.Exists(existing))
            {
                Console.WriteLine($"Demo chain already seeded; its keys are in {existing}:");
                Console.WriteLine(await File.ReadAllTextAsync(existing, cancellationToken));
            }

            return;
        }

        var lines = new List<string>();
        foreach (var (code, name, region, kind) in DemoBranches)
        {
            var branch = Branch.Open(code, name, RegionCode.Create(region), kind, now);
            db.Branches.Add(branch);
            var (secret, prefix, hash) = ApiKeySecret.Generate(ApiKeyRole.Branch);
            db.ApiKeys.Add(ApiKey.Issue($"{code} POS", ApiKeyRole.Branch, branch.Id, prefix, hash, now));
            lines.Add($"{code,-6} {name,-20} region {region}  X-Api-Key: {secret}");
        }

        var programme = await db.Programme.SingleAsync(cancellationToken);
        programme.SetDefaultOnlineBranch(DemoBranches[0].Code);
        await db.SaveChangesAsync(cancellationToken);

        var text = string.Join(Environment.NewLine, lines);
        Console.WriteLine("Demo chain seeded. Branch API keys:");
        Console.WriteLine(text);
        if (settings.DemoKeysFile is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            await File.WriteAllTextAsync(file, text + Environment.NewLine, cancellationToken);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered the bootstrap head-office key from the environment")]
    private static partial void LogBootstrapKeyRegistered(ILogger logger);
}
