namespace MemberCard.Application.StoredValue.AdjustStoredValue;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Points;
using MemberCard.Application.StoredValue.Common;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members;
using MemberCard.Domain.StoredValue;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Head office only (the route says so), so the member filter lets every member through. The entry counts in
/// the member's home branch, like a refund by head office; the key that made it is on the entry and, through
/// the <see cref="StoredValueAdjusted"/> event, in the audit trail.
/// </summary>
public sealed class AdjustStoredValueCommandHandler(
    IMemberCardDbContext db, ICurrentPrincipal principal, PointsDesk points, StoredValueDesk desk, TimeProvider clock)
    : ICommandHandler<AdjustStoredValueCommand, StoredValueEntryDto>
{
    public async ValueTask<StoredValueEntryDto> Handle(AdjustStoredValueCommand command, CancellationToken cancellationToken)
    {
        var memberId = new MemberId(command.MemberId);
        await desk.LockAsync(memberId, cancellationToken);
        var member = await db.Members.Include(m => m.Cards).SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken)
            ?? throw new NotFoundException("member.not_found", "No such member.");
        if (member.Status != MemberStatus.Active)
        {
            throw new DomainException("member.exited", "The member has left the programme.");
        }

        var programme = await points.ProgrammeAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var account = await desk.AccountAsync(memberId, now, cancellationToken);
        var card = member.Cards.SingleOrDefault(c => c.IsCurrent)?.Number.Value;
        var entry = account.Adjust(command.Principal ?? 0m, command.Bonus ?? 0m, StoredValueDesk.MaxBalance(programme),
            new StoredValueContext(now, programme.BusinessDate(now), member.HomeBranchId.Value, card,
                ApprovedBy: principal.ActorId, Reason: command.Reason!.Trim()));
        desk.Keep(account);
        await db.SaveChangesAsync(cancellationToken);
        return new StoredValueEntryDto(entry.Id, entry.Kind.ToString(), entry.Principal + entry.Bonus, entry.Principal, entry.Bonus,
            entry.PrincipalAfter + entry.BonusAfter, entry.OccurredAt, entry.BusinessDate, entry.CardNumber, entry.PurchaseId, entry.TopUpId);
    }
}
