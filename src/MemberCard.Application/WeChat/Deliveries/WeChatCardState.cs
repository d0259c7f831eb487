namespace MemberCard.Application.WeChat.Deliveries;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Members;
using MemberCard.Domain.Points;
using MemberCard.Domain.Programme;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// A member's points, tier and stored-value balance (in fen, null without an account) as WeChat should show
/// them, read when a message is sent, not when it was written.
/// </summary>
public sealed record WeChatCardState(long Points, Tier Tier, LedgerEntryKind? LastChange, long? BalanceFen = null)
{
    public static async Task<WeChatCardState?> ReadAsync(IMemberCardDbContext db, MemberId memberId, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking()
            .Where(m => m.Id == memberId)
            .Select(m => new { m.PointsBalance, m.Tier })
            .SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return null;
        }

        var lastChange = await db.PointsLedger.AsNoTracking()
            .Where(e => e.MemberId == memberId)
            .OrderByDescending(e => e.Id)
            .Select(e => (LedgerEntryKind?)e.Kind)
            .FirstOrDefaultAsync(cancellationToken);
        var balance = await db.StoredValueAccounts.AsNoTracking()
            .Where(a => a.MemberId == memberId)
            .Select(a => (decimal?)(a.Principal + a.Bonus))
            .FirstOrDefaultAsync(cancellationToken);
        return new WeChatCardState(member.PointsBalance, member.Tier, lastChange, balance is { } yuan ? (long)(yuan * 100m) : null);
    }
}
