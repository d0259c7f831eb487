namespace MemberCard.Application.Jobs.AwardMilestoneGifts;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Points;
using MemberCard.Domain.Members;
using MemberCard.Domain.Milestones;
using MemberCard.Domain.Points;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

/// <summary>
/// Points earned (Earn entries) from the start of the card year up to the date decide the milestones reached;
/// each reached milestone gets one claim per card year (a unique index backs it), eligible from the date and
/// lapsing after the programme's claim months. Claims that exist are never granted again, so a re-run is a no-op.
/// </summary>
public sealed partial class AwardMilestoneGiftsCommandHandler(
    IMemberCardDbContext db, IRowLocks locks, PointsDesk desk, ILogger<AwardMilestoneGiftsCommandHandler> logger)
    : ICommandHandler<AwardMilestoneGiftsCommand, int>
{
    public async ValueTask<int> Handle(AwardMilestoneGiftsCommand command, CancellationToken cancellationToken)
    {
        var memberId = new MemberId(command.MemberId);
        var asOf = command.AsOf;

        // The member's lock orders this against anything else that changes their claims or points.
        if (!await locks.LockMemberAsync(memberId, cancellationToken))
        {
            throw new NotFoundException("member.not_found", "No such member.");
        }

        var lapsed = 0;
        var due = await db.MilestoneClaims
            .Where(c => c.MemberId == memberId && c.Status == MilestoneClaimStatus.Open && c.LapsesOn <= asOf)
            .ToListAsync(cancellationToken);
        foreach (var claim in due)
        {
            if (claim.LapseIfDue(asOf))
            {
                lapsed++;
                LogLapsed(logger, claim.Id, memberId.Value, claim.MilestonePoints);
            }
        }

        var granted = await GrantAsync(memberId, asOf, cancellationToken);
        if (lapsed + granted.Count > 0)
        {
            db.MilestoneClaims.AddRange(granted);
            await db.SaveChangesAsync(cancellationToken);
        }

        return lapsed + granted.Count;
    }

    private async Task<List<MilestoneClaim>> GrantAsync(MemberId memberId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking()
            .Where(m => m.Id == memberId)
            .Select(m => new { m.Status, m.JoinedAt })
            .SingleAsync(cancellationToken);
        var programme = await desk.ProgrammeAsync(cancellationToken);
        if (member.Status != MemberStatus.Active || programme.Milestones.Count == 0
            || CardYear.StartContaining(programme.BusinessDate(member.JoinedAt), asOf) is not { } cardYearStart)
        {
            return [];
        }

        var earned = await db.PointsLedger
            .Where(e => e.MemberId == memberId && e.Kind == LedgerEntryKind.Earn && e.BusinessDate >= cardYearStart && e.BusinessDate <= asOf)
            .SumAsync(e => e.Points, cancellationToken);
        var held = await db.MilestoneClaims
            .Where(c => c.MemberId == memberId && c.CardYearStart == cardYearStart)
            .Select(c => c.MilestonePoints)
            .ToListAsync(cancellationToken);

        var lapsesOn = asOf.AddMonths(programme.MilestoneClaimMonths);
        var granted = programme.Milestones
            .Where(m => m.Points <= earned && !held.Contains(m.Points))
            .Select(m => MilestoneClaim.Grant(memberId, cardYearStart, m.Points, earned, m.GiftValue, asOf, lapsesOn))
            .ToList();
        foreach (var claim in granted)
        {
            LogGranted(logger, claim.Id, memberId.Value, claim.MilestonePoints, cardYearStart, earned);
        }

        return granted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Milestone gift claim {ClaimId} granted to member {MemberId}: {Milestone} milestone, card year from {CardYearStart}, {Earned} points earned")]
    private static partial void LogGranted(ILogger logger, Guid claimId, Guid memberId, long milestone, DateOnly cardYearStart, long earned);

    [LoggerMessage(Level = LogLevel.Information, Message = "Milestone gift claim {ClaimId} of member {MemberId} ({Milestone} milestone) lapsed uncollected")]
    private static partial void LogLapsed(ILogger logger, Guid claimId, Guid memberId, long milestone);
}
