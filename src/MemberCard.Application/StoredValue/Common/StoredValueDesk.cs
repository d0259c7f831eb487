namespace MemberCard.Application.StoredValue.Common;

using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members;
using MemberCard.Domain.Programme;
using MemberCard.Domain.StoredValue;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The one reviewed path by which stored value moves. Like the points desk it looks past the branch filter for
/// the account (any till serves any card), and every change happens with the member row locked: the same lock
/// the points take, so a purchase paying with both takes one lock.
/// </summary>
public sealed class StoredValueDesk(IMemberCardDbContext db, IRowLocks locks)
{
    public Task LockAsync(MemberId memberId, CancellationToken cancellationToken) => LockOrThrowAsync(memberId, cancellationToken);

    /// <summary>The member's account, tracked; opened (and added) when the member has none yet. The member must be locked.</summary>
    public async Task<StoredValueAccount> AccountAsync(MemberId memberId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var account = await db.StoredValueAccounts.IgnoreQueryFilters().SingleOrDefaultAsync(a => a.MemberId == memberId, cancellationToken);
        if (account is null)
        {
            account = StoredValueAccount.Open(memberId, now);
            db.StoredValueAccounts.Add(account);
        }

        return account;
    }

    /// <summary>Adds the entries an account made to the unit of work.</summary>
    public void Keep(StoredValueAccount account) => db.StoredValueLedger.AddRange(account.NewEntries);

    /// <summary>
    /// Tier by deposit: principal paid in over the programme's upgrade window, net of principal refunded in it,
    /// measured against the same thresholds as spend. Upgrades only (the periodic review handles the way down);
    /// the change is recorded with its reason and basis. <paramref name="pending"/> is principal not saved yet.
    /// </summary>
    public async Task<TierChange?> ApplyDepositTierAsync(
        Member member, ProgrammeSettings programme, DateOnly today, decimal pending, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!programme.DepositsCountForTier)
        {
            return null;
        }

        var after = today.AddMonths(-programme.UpgradeSpendWindowMonths);
        var saved = await db.StoredValueLedger.IgnoreQueryFilters()
            .Where(e => e.MemberId == member.Id && e.BusinessDate > after
                && (e.Kind == StoredValueEntryKind.TopUp || e.Kind == StoredValueEntryKind.Refund))
            .SumAsync(e => e.Principal, cancellationToken);
        var deposits = Math.Max(0m, saved + pending);
        var tier = TierPolicy.ForSpend(programme, deposits);
        if (tier <= member.Tier)
        {
            return null;
        }

        var change = member.ChangeTier(tier, TierChange.RollingDeposit, deposits, now);
        if (change is not null)
        {
            db.TierChanges.Add(change);
        }

        return change;
    }

    public static Money MaxBalance(ProgrammeSettings programme) => Money.Create(programme.StoredValueMaxBalance);

    private async Task LockOrThrowAsync(MemberId memberId, CancellationToken cancellationToken)
    {
        if (!await locks.LockMemberAsync(memberId, cancellationToken))
        {
            throw new NotFoundException("member.not_found", "No such member.");
        }
    }
}
