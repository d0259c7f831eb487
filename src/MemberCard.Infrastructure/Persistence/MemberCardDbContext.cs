namespace MemberCard.Infrastructure.Persistence;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Security;
using MemberCard.Domain.ApiKeys;
using MemberCard.Domain.Audit;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Campaigns;
using MemberCard.Domain.Gifts;
using MemberCard.Domain.Jobs;
using MemberCard.Domain.Milestones;
using MemberCard.Domain.Outbox;
using MemberCard.Domain.Points;
using MemberCard.Domain.Purchases;
using MemberCard.Domain.Members;
using MemberCard.Domain.Programme;
using MemberCard.Domain.WeChat;
using MemberCard.Infrastructure.Persistence.Converters;
using Microsoft.EntityFrameworkCore;

public sealed partial class MemberCardDbContext : DbContext, IMemberCardDbContext
{
    public const string Schema = "membercard";

    // Contexts are pooled (building EF's internal services for every request was the largest cost of a till
    // lookup), so the principal and the request's services are given at each lease by ScopeTo. Until then a
    // leased-out context sees nothing.
    private ICurrentPrincipal _principal = new CurrentPrincipal();

    public MemberCardDbContext(DbContextOptions<MemberCardDbContext> options)
        : base(options)
    {
        DisableSavepoints();
    }

    /// <summary>The scope this context is leased to (the request's, a job's).</summary>
    internal IServiceProvider RequestServices { get; private set; } = NoServices.Instance;

    /// <summary>Leases the context to a scope: its principal feeds the query filters, its services the interceptors.</summary>
    public MemberCardDbContext ScopeTo(ICurrentPrincipal principal, IServiceProvider requestServices)
    {
        _principal = principal;
        RequestServices = requestServices;

        // The pool resets the facade's settings when a context comes back.
        DisableSavepoints();
        return this;
    }

    public DbSet<Member> Members => Set<Member>();

    public DbSet<Card> Cards => Set<Card>();

    public DbSet<Branch> Branches => Set<Branch>();

    public DbSet<ProgrammeSettings> Programme => Set<ProgrammeSettings>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<PointsLedgerEntry> PointsLedger => Set<PointsLedgerEntry>();

    public DbSet<PointsLot> PointsLots => Set<PointsLot>();

    public DbSet<Purchase> Purchases => Set<Purchase>();

    public DbSet<TierChange> TierChanges => Set<TierChange>();

    public DbSet<Gift> Gifts => Set<Gift>();

    public DbSet<Redemption> Redemptions => Set<Redemption>();

    public DbSet<PointsCampaign> PointsCampaigns => Set<PointsCampaign>();

    public DbSet<MilestoneClaim> MilestoneClaims => Set<MilestoneClaim>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<WeChatEventReceipt> WeChatEvents => Set<WeChatEventReceipt>();

    // The query filters read these per query, so one model serves every principal.
    private bool ScopeSeesAll => _principal.SeesAllBranches;

    private BranchId ScopeBranchId => _principal.BranchId;

    private MemberId ScopeMemberId => _principal.MemberId;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MemberCardDbContext).Assembly);

        // Branch scoping lives here and only here: a branch sees its own members, a shopper only
        // themself, head office and the system everything, anyone else nothing.
        modelBuilder.Entity<Member>().HasQueryFilter(m => ScopeSeesAll || m.HomeBranchId == ScopeBranchId || m.Id == ScopeMemberId);
        modelBuilder.Entity<Card>().HasQueryFilter(c => ScopeSeesAll || c.HomeBranchId == ScopeBranchId || c.MemberId == ScopeMemberId);

        // Member-owned points data follows its member: visible when the member is.
        modelBuilder.Entity<PointsLedgerEntry>().HasQueryFilter(e => ScopeSeesAll || e.MemberId == ScopeMemberId || Members.Any(m => m.Id == e.MemberId));
        modelBuilder.Entity<PointsLot>().HasQueryFilter(l => ScopeSeesAll || l.MemberId == ScopeMemberId || Members.Any(m => m.Id == l.MemberId));
        modelBuilder.Entity<TierChange>().HasQueryFilter(t => ScopeSeesAll || t.MemberId == ScopeMemberId || Members.Any(m => m.Id == t.MemberId));
        modelBuilder.Entity<MilestoneClaim>().HasQueryFilter(c => ScopeSeesAll || c.MemberId == ScopeMemberId || Members.Any(m => m.Id == c.MemberId));
        modelBuilder.Entity<Redemption>().HasQueryFilter(r => ScopeSeesAll || r.MemberId == ScopeMemberId || Members.Any(m => m.Id == r.MemberId));

        // Transactions belong to the branch where they happened (and to the shopper who made them).
        modelBuilder.Entity<Purchase>().HasQueryFilter(p => ScopeSeesAll || p.BranchId == ScopeBranchId || p.MemberId == ScopeMemberId);

        ApplyBirthdayAndFollowUpFilters(modelBuilder);
        ApplyComplaintAndCampaignFilters(modelBuilder);
        ApplyKpiFilters(modelBuilder);
        ApplyMemberRightsFilters(modelBuilder);
        ApplyReferralFilters(modelBuilder);
        ApplyStoredValueFilters(modelBuilder);
    }

    // One hook per feature area, each implemented in the area's own file (MemberCardDbContext.<Area>.cs),
    // so the scoping of every table still lives in this class and nowhere else.
    partial void ApplyBirthdayAndFollowUpFilters(ModelBuilder modelBuilder);

    partial void ApplyComplaintAndCampaignFilters(ModelBuilder modelBuilder);

    partial void ApplyKpiFilters(ModelBuilder modelBuilder);

    partial void ApplyMemberRightsFilters(ModelBuilder modelBuilder);

    partial void ApplyReferralFilters(ModelBuilder modelBuilder);

    // Commands run in one transaction of their own and save once, so the savepoint EF would wrap around each
    // save (and its RELEASE round trip) buys nothing.
    private void DisableSavepoints() => Database.AutoSavepointsEnabled = false;

    /// <summary>For a context made outside DI (design time, model checks), which never saves through the interceptors.</summary>
    private sealed class NoServices : IServiceProvider
    {
        public static readonly NoServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
    partial void ApplyStoredValueFilters(ModelBuilder modelBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<BranchId>().HaveConversion<BranchIdConverter>();
        configurationBuilder.Properties<MemberId>().HaveConversion<MemberIdConverter>();
        configurationBuilder.Properties<CardId>().HaveConversion<CardIdConverter>();
        configurationBuilder.Properties<ApiKeyId>().HaveConversion<ApiKeyIdConverter>();
        configurationBuilder.Properties<PurchaseId>().HaveConversion<PurchaseIdConverter>();
        configurationBuilder.Properties<PointsLotId>().HaveConversion<PointsLotIdConverter>();
        configurationBuilder.Properties<GiftId>().HaveConversion<GiftIdConverter>();
        configurationBuilder.Properties<CardNumber>().HaveConversion<CardNumberConverter>().HaveMaxLength(CardNumber.Length);
        configurationBuilder.Properties<PhoneNumber>().HaveConversion<PhoneNumberConverter>().HaveMaxLength(11);
        configurationBuilder.Properties<RegionCode>().HaveConversion<RegionCodeConverter>().HaveMaxLength(3);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<decimal>().HavePrecision(12, 2);
    }
}
