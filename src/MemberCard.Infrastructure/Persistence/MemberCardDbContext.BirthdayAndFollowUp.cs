namespace MemberCard.Infrastructure.Persistence;

using MemberCard.Domain.Birthdays;
using MemberCard.Domain.FollowUps;
using Microsoft.EntityFrameworkCore;

public sealed partial class MemberCardDbContext
{
    public DbSet<BirthdayGift> BirthdayGifts => Set<BirthdayGift>();

    public DbSet<FollowUpTask> FollowUpTasks => Set<FollowUpTask>();

    // Both belong to the member's home branch, recorded on the row: a branch sees its own, head office and the
    // system everything, a shopper their own (no shopper route lists them; the data export reads them).
    partial void ApplyBirthdayAndFollowUpFilters(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BirthdayGift>().HasQueryFilter(g => ScopeSeesAll || g.BranchId == ScopeBranchId || g.MemberId == ScopeMemberId);
        modelBuilder.Entity<FollowUpTask>().HasQueryFilter(t => ScopeSeesAll || t.BranchId == ScopeBranchId || t.MemberId == ScopeMemberId);
    }
}
