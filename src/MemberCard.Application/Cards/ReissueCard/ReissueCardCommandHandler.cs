namespace MemberCard.Application.Cards.ReissueCard;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

public sealed class ReissueCardCommandHandler(
    IMemberCardDbContext db, ICurrentPrincipal principal, ICardNumberAllocator cardNumbers, TimeProvider clock)
    : ICommandHandler<ReissueCardCommand, CardDto>
{
    public async ValueTask<CardDto> Handle(ReissueCardCommand command, CancellationToken cancellationToken)
    {
        var (member, lostNumber) = await CardTarget.LoadAsync(db, principal, command.CardNumber, cancellationToken);

        // The new number comes from the region of the branch that hands the card over: the branch at the
        // counter, or the member's home branch for an online reissue and for head office.
        var issuingBranchId = principal.Kind == PrincipalKind.Branch ? principal.BranchId : member.HomeBranchId;
        var issuingBranch = await db.Branches.SingleAsync(b => b.Id == issuingBranchId, cancellationToken);
        var channel = principal.Kind == PrincipalKind.Shopper ? ApplicationChannel.Online : ApplicationChannel.Offline;

        // Check the transition before spending a serial, so an illegal reissue leaves the counter untouched.
        member.FindCard(lostNumber).EnsureReplaceable();
        var newNumber = await cardNumbers.NextAsync(issuingBranch.RegionCode, cancellationToken);
        var replacement = member.ReissueCard(lostNumber, newNumber, issuingBranch.Id, channel, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return CardDto.From(member, replacement);
    }
}
