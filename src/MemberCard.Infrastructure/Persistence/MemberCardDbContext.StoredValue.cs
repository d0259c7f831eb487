namespace MemberCard.Infrastructure.Persistence;

using MemberCard.Domain.StoredValue;
using Microsoft.EntityFrameworkCore;

public sealed partial class MemberCardDbContext
{
    public DbSet<StoredValueAccount> StoredValueAccounts => Set<StoredValueAccount>();

    public DbSet<StoredValueLedgerEntry> StoredValueLedger => Set<StoredValueLedgerEntry>();

    public DbSet<StoredValueTopUp> StoredValueTopUps => Set<StoredValueTopUp>();

    public DbSet<TopUpPackage> TopUpPackages => Set<TopUpPackage>();

    // The account and its ledger follow their member, like points; a top-up belongs to the branch where it was
    // paid (and to the shopper). Packages are the chain's catalogue: no filter.
    partial void ApplyStoredValueFilters(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredValueAccount>().HasQueryFilter(a => ScopeSeesAll || a.MemberId == ScopeMemberId || Members.Any(m => m.Id == a.MemberId));
        modelBuilder.Entity<StoredValueLedgerEntry>().HasQueryFilter(e => ScopeSeesAll || e.MemberId == ScopeMemberId || Members.Any(m => m.Id == e.MemberId));
        modelBuilder.Entity<StoredValueTopUp>().HasQueryFilter(t => ScopeSeesAll || t.BranchId == ScopeBranchId || t.MemberId == ScopeMemberId);
    }
}
