namespace MemberCard.Application.Common.Points;

using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Programme;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Campaigns;
using MemberCard.Domain.Members;
using MemberCard.Domain.Points;
using MemberCard.Domain.Programme;
using MemberCard.Domain.Purchases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

/// <summary>
/// The one reviewed path by which points move. Any till of the chain serves any member, so loading the
/// member, the card and the open lots here deliberately looks past the branch filter; what a branch may then
/// read back is only the minimal till view and its own transactions. Changes lock the member row first.
/// </summary>
public sealed class PointsDesk(IMemberCardDbContext db, IRowLocks locks, IMemoryCache cache)
{
    // Compiled once: the till runs it on every commit and quote, and building and looking up the expression
    // tree per call costs more than the rest of the read. One statement on purpose (EF warns about two
    // collections in one query): the cards and the lots join the member, a few rows each, and splitting the
    // query would cost a round trip per collection. IgnoreQueryFilters covers the whole statement: the earlier
    // commit is looked for at the calling branch only, which is what its filter would allow.
    private static readonly Func<DbContext, MemberId, BranchId, DateOnly, DateOnly, string?, string?, CancellationToken, Task<TillSnapshot?>> Snapshot =
        EF.CompileAsyncQuery((DbContext context, MemberId memberId, BranchId branchId, DateOnly today, DateOnly spendAfter, string? receiptNo, string? key, CancellationToken _) =>
            context.Set<Member>().IgnoreQueryFilters().AsTracking().Include(m => m.Cards)
                .Where(m => m.Id == memberId)
                .Select(m => new TillSnapshot
                {
                    Member = m,
                    OpenLots = context.Set<PointsLot>().Where(l => l.MemberId == m.Id && l.Remaining > 0).ToList(),
                    RollingSpend = context.Set<Purchase>()
                        .Where(p => p.MemberId == m.Id && p.BusinessDate > spendAfter)
                        .Sum(p => p.NetAmount - p.ReturnedAmount),
                    Earlier = context.Set<Purchase>()
                        .Where(p => p.BranchId == branchId && (p.ReceiptNo == receiptNo || (key != null && p.IdempotencyKey == key)))
                        .Select(p => new EarlierCommit { ReceiptNo = p.ReceiptNo, RequestHash = p.RequestHash, ResponseJson = p.ResponseJson })
                        .FirstOrDefault(),
                    ProgrammeVersion = context.Set<ProgrammeSettings>()
                        .Where(p => p.Id == ProgrammeSettings.SingletonId).Select(p => (uint?)p.Version).FirstOrDefault(),
                    CampaignCount = context.Set<PointsCampaign>().Count(c => c.StartsOn <= today && c.EndsOn >= today),
                    CampaignsCreatedUntil = context.Set<PointsCampaign>()
                        .Where(c => c.StartsOn <= today && c.EndsOn >= today)
                        .Max(c => (DateTimeOffset?)c.CreatedAt),
                })
                .SingleOrDefault());

    /// <summary>The programme and campaigns as the till's hot paths read them: cached, checked against stamps.</summary>
    public ProgrammeCache Programme { get; } = new(cache, db);

    /// <summary>Finds the card a till scanned: a card number, or a phone for the member's current card.</summary>
    public async Task<TillCard> FindCardAsync(string code, CancellationToken cancellationToken) =>
        await ScannedCode.Cards(db, code).Select(c => new TillCard(c.MemberId, c.Number)).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("card.not_found", "No such card.");

    /// <summary>Finds the card a till scanned and locks its member, in one round trip; null when there is no such card.</summary>
    public Task<TillCard?> LockScannedAsync(string code, CancellationToken cancellationToken)
    {
        var (number, phone) = ScannedCode.Parse(code);
        return number is null && phone is null
            ? Task.FromResult<TillCard?>(null)
            : locks.LockMemberOfScannedCardAsync(number, phone, cancellationToken);
    }

    /// <summary>
    /// Reads what a till needs about a member (see <see cref="TillSnapshot"/>) in one statement, with the
    /// programme it was read under and the business date at <paramref name="now"/>; the earlier commit is
    /// looked for only when a receipt number is given. The entities are tracked: a commit reads after
    /// <see cref="LockScannedAsync"/>, and the member and the lots are the ones it changes.
    /// </summary>
    public async Task<(TillSnapshot Snapshot, ProgrammeSettings Programme, DateOnly BusinessDate)> ReadTillAsync(
        MemberId memberId, BranchId branchId, DateTimeOffset now, string? receiptNo, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var programme = await Programme.SettingsAsync(cancellationToken);
        var today = programme.BusinessDate(now);
        var snapshot = await SnapshotAsync(memberId, branchId, today, today.AddMonths(-programme.UpgradeSpendWindowMonths), receiptNo, idempotencyKey, cancellationToken);
        if (snapshot.ProgrammeVersion != programme.Version)
        {
            // The settings changed since this instance cached them: the date and the spend window may have too.
            programme = await Programme.ReloadSettingsAsync(cancellationToken);
            today = programme.BusinessDate(now);
            snapshot = await SnapshotAsync(memberId, branchId, today, today.AddMonths(-programme.UpgradeSpendWindowMonths), receiptNo, idempotencyKey, cancellationToken);
        }

        return (snapshot, programme, today);
    }

    /// <summary>Locks the member and loads them with their cards and open lots into a wallet.</summary>
    public async Task<(Member Member, PointsWallet Wallet)> OpenWalletAsync(MemberId memberId, CancellationToken cancellationToken)
    {
        if (!await locks.LockMemberAsync(memberId, cancellationToken))
        {
            throw new NotFoundException("member.not_found", "No such member.");
        }

        var member = await db.Members.IgnoreQueryFilters().Include(m => m.Cards).SingleAsync(m => m.Id == memberId, cancellationToken);
        var lots = await db.PointsLots.IgnoreQueryFilters().Where(l => l.MemberId == memberId && l.Remaining > 0).ToListAsync(cancellationToken);
        return (member, new PointsWallet(member, lots));
    }

    /// <summary>Adds what a wallet created to the unit of work.</summary>
    public void Keep(PointsWallet wallet)
    {
        db.PointsLots.AddRange(wallet.NewLots);
        db.PointsLedger.AddRange(wallet.NewEntries);
    }

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public Task<ProgrammeSettings> ProgrammeAsync(CancellationToken cancellationToken) =>
        db.Programme.AsNoTracking().SingleAsync(cancellationToken);

    private async Task<TillSnapshot> SnapshotAsync(
        MemberId memberId, BranchId branchId, DateOnly today, DateOnly spendAfter, string? receiptNo, string? key, CancellationToken cancellationToken) =>
        await Snapshot((DbContext)db, memberId, branchId, today, spendAfter, receiptNo, key, cancellationToken)
        ?? throw new NotFoundException("member.not_found", "No such member.");
}
