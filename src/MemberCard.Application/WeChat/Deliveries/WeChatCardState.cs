namespace MemberCard.Application.WeChat.Deliveries;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Members;
using MemberCard.Domain.Points;
using MemberCard.Domain.Programme;
using Microsoft.EntityFrameworkCore;

/// <summary>A member's points and tier as WeChat should show them, read when a message is sent, not when it was written.</summary>
public sealed record WeChatCardState(long Points, Tier Tier, LedgerEntryKind? LastChange)
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
        return new WeChatCardState(member.PointsBalance, member.Tier, lastChange);
    }
}
