namespace MemberCard.Application.Common.Points;

using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Members;
using MemberCard.Domain.Points;
using MemberCard.Domain.Programme;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The one reviewed path by which points move. Any till of the chain serves any member, so loading the
/// member, the card and the open lots here deliberately looks past the branch filter; what a branch may then
/// read back is only the minimal till view and its own transactions. Changes lock the member row first.
/// </summary>
public sealed class PointsDesk(IMemberCardDbContext db, IRowLocks locks)
{
    /// <summary>Finds the card a till scanned: a card number, or a phone for the member's current card.</summary>
    public async Task<TillCard> FindCardAsync(string code, CancellationToken cancellationToken) =>
        await ScannedCode.Cards(db, code).Select(c => new TillCard(c.MemberId, c.Number)).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("card.not_found", "No such card.");

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
}
