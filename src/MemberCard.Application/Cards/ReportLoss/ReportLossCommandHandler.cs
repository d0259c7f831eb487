namespace MemberCard.Application.Cards.ReportLoss;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Interfaces;

public sealed class ReportLossCommandHandler(IMemberCardDbContext db, ICurrentPrincipal principal, TimeProvider clock)
    : ICommandHandler<ReportLossCommand, CardDto>
{
    public async ValueTask<CardDto> Handle(ReportLossCommand command, CancellationToken cancellationToken)
    {
        var (member, number) = await CardTarget.LoadAsync(db, principal, command.CardNumber, cancellationToken);
        member.ReportCardLost(number, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return CardDto.From(member, member.FindCard(number));
    }
}
