namespace MemberCard.Infrastructure.Persistence;

using MemberCard.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

public sealed partial class MemberCardDbContext
{
    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<ReferralSettings> ReferralSettings => Set<ReferralSettings>();

    // A referral counts for the branch the new member joined (its KPIs and its list), and belongs to the two
    // members concerned: a shopper sees those they made and the one that brought them in.
    partial void ApplyReferralFilters(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Referral>().HasQueryFilter(r =>
            ScopeSeesAll || r.BranchId == ScopeBranchId || r.ReferrerId == ScopeMemberId || r.RefereeId == ScopeMemberId);
}
