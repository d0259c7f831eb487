namespace MemberCard.Application.Jobs.ExpirePoints;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Points;
using MemberCard.Domain.Members;
using MemberCard.Domain.Points;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// One member's expiry, under their row lock: each lot whose expiry date has come loses what is left of it with
/// one Expire entry. A lot already cleared is no longer open, so running again for the date changes nothing.
/// </summary>
public sealed class ExpirePointsCommandHandler(IMemberCardDbContext db, PointsDesk desk, TimeProvider clock)
    : ICommandHandler<ExpirePointsCommand, int>
{
    public const string Reason = "expired";

    public async ValueTask<int> Handle(ExpirePointsCommand command, CancellationToken cancellationToken)
    {
        var memberId = new MemberId(command.MemberId);
        var (_, wallet) = await desk.OpenWalletAsync(memberId, cancellationToken);

        // The same tracked instances the wallet holds (one unit of work), so the wallet can clear them.
        var due = await db.PointsLots
            .Where(l => l.MemberId == memberId && l.Remaining > 0 && l.ExpiresOn <= command.AsOf)
            .OrderBy(l => l.ExpiresOn)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var context = new PointsContext(clock.GetUtcNow(), command.AsOf, Reason: Reason);
        var expired = 0;
        foreach (var lot in due)
        {
            if (wallet.Expire(lot, context) is not null)
            {
                expired++;
            }
        }

        desk.Keep(wallet);
        await db.SaveChangesAsync(cancellationToken);
        return expired;
    }
}
