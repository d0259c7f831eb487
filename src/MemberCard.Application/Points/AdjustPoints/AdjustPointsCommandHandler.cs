namespace MemberCard.Application.Points.AdjustPoints;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Points;
using MemberCard.Application.Points.Common;
using MemberCard.Domain.Members;
using MemberCard.Domain.Points;

/// <summary>
/// A credit opens a lot with the normal expiry; a debit takes from any lot (earliest expiry first, today's
/// included) and may not take the balance below zero.
/// </summary>
public sealed class AdjustPointsCommandHandler(PointsDesk desk, TimeProvider clock) : ICommandHandler<AdjustPointsCommand, LedgerEntryDto>
{
    public async ValueTask<LedgerEntryDto> Handle(AdjustPointsCommand command, CancellationToken cancellationToken)
    {
        var (member, wallet) = await desk.OpenWalletAsync(new MemberId(command.MemberId), cancellationToken);
        var programme = await desk.ProgrammeAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = programme.BusinessDate(now);
        var points = command.Points!.Value;
        var context = new PointsContext(now, today, Reason: command.Reason!.Trim());
        var entry = points > 0
            ? wallet.Credit(LedgerEntryKind.Adjust, points, today.AddMonths(programme.PointsExpiryMonths), context)
            : wallet.Withdraw(-points, context);
        member.RecordPointsAdjustment(points, command.Reason.Trim(), now);
        desk.Keep(wallet);
        await desk.SaveAsync(cancellationToken);
        return new LedgerEntryDto(entry.Id, entry.Kind.ToString(), entry.Points, entry.BalanceAfter, entry.OccurredAt, entry.BusinessDate, entry.CardNumber, entry.PurchaseId, entry.Reason);
    }
}
