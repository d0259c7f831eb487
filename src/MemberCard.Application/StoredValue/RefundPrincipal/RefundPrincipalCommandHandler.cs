namespace MemberCard.Application.StoredValue.RefundPrincipal;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Common.Points;
using MemberCard.Application.StoredValue.Common;
using MemberCard.Domain.Common;
using MemberCard.Domain.StoredValue;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Money leaves the chain here, so unlike the till this goes through the branch filter: a branch refunds only
/// its own members (another branch's card looks missing). A frozen card may still be refunded: the member
/// asks, not the card.
/// </summary>
public sealed class RefundPrincipalCommandHandler(
    IMemberCardDbContext db, ICurrentPrincipal principal, PointsDesk points, StoredValueDesk desk, TimeProvider clock)
    : ICommandHandler<RefundPrincipalCommand, RefundReceipt>
{
    public async ValueTask<RefundReceipt> Handle(RefundPrincipalCommand command, CancellationToken cancellationToken)
    {
        var (member, number) = await CardTarget.LoadAsync(db, principal, command.CardNumber!.Trim(), cancellationToken);
        if (member.Status != Domain.Members.MemberStatus.Active)
        {
            throw new DomainException("member.exited", "The member has left the programme.");
        }

        await desk.LockAsync(member.Id, cancellationToken);
        var account = await db.StoredValueAccounts.SingleOrDefaultAsync(a => a.MemberId == member.Id, cancellationToken)
            ?? throw new DomainException("stored_value.nothing_to_refund", "There is no unused principal to refund.");
        var programme = await points.ProgrammeAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var branchId = principal.Kind == PrincipalKind.Branch ? principal.BranchId : member.HomeBranchId;
        var approvedBy = command.ApprovedBy!.Trim();
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? "member request" : command.Reason.Trim();
        var (refund, forfeit) = account.RefundPrincipal(
            new StoredValueContext(now, programme.BusinessDate(now), branchId.Value, number.Value, ApprovedBy: approvedBy, Reason: reason));
        desk.Keep(account);
        await db.SaveChangesAsync(cancellationToken);
        return new RefundReceipt(number.Value, Yuan.Of(-refund.Principal), Yuan.Of(-(forfeit?.Bonus ?? 0m)), approvedBy, now, Yuan.Of(account.Balance));
    }
}
