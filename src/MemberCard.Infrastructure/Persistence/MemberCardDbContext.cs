namespace MemberCard.Infrastructure.Persistence;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.ApiKeys;
using MemberCard.Domain.Audit;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;
using MemberCard.Domain.Programme;
using MemberCard.Infrastructure.Persistence.Converters;
using Microsoft.EntityFrameworkCore;

public sealed class MemberCardDbContext(DbContextOptions<MemberCardDbContext> options, ICurrentPrincipal principal)
    : DbContext(options), IMemberCardDbContext
{
    public const string Schema = "membercard";

    public DbSet<Member> Members => Set<Member>();

    public DbSet<Card> Cards => Set<Card>();

    public DbSet<Branch> Branches => Set<Branch>();

    public DbSet<ProgrammeSettings> Programme => Set<ProgrammeSettings>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    // The query filters read these per query, so one model serves every principal.
    private bool ScopeSeesAll => principal.SeesAllBranches;

    private BranchId ScopeBranchId => principal.BranchId;

    private MemberId ScopeMemberId => principal.MemberId;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MemberCardDbContext).Assembly);

        // Branch scoping lives here and only here: a branch sees its own members, a shopper only
        // themself, head office and the system everything, anyone else nothing.
        modelBuilder.Entity<Member>().HasQueryFilter(m => ScopeSeesAll || m.HomeBranchId == ScopeBranchId || m.Id == ScopeMemberId);
        modelBuilder.Entity<Card>().HasQueryFilter(c => ScopeSeesAll || c.HomeBranchId == ScopeBranchId || c.MemberId == ScopeMemberId);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<BranchId>().HaveConversion<BranchIdConverter>();
        configurationBuilder.Properties<MemberId>().HaveConversion<MemberIdConverter>();
        configurationBuilder.Properties<CardId>().HaveConversion<CardIdConverter>();
        configurationBuilder.Properties<ApiKeyId>().HaveConversion<ApiKeyIdConverter>();
        configurationBuilder.Properties<CardNumber>().HaveConversion<CardNumberConverter>().HaveMaxLength(CardNumber.Length);
        configurationBuilder.Properties<PhoneNumber>().HaveConversion<PhoneNumberConverter>().HaveMaxLength(11);
        configurationBuilder.Properties<RegionCode>().HaveConversion<RegionCodeConverter>().HaveMaxLength(3);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<decimal>().HavePrecision(12, 2);
    }
}
