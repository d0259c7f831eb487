namespace MemberCard.Application.Cards.ActivateCard;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Interfaces;

public sealed class ActivateCardCommandHandler(IMemberCardDbContext db, ICurrentPrincipal principal, TimeProvider clock)
    : ICommandHandler<ActivateCardCommand, CardDto>
{
    public async ValueTask<CardDto> Handle(ActivateCardCommand command, CancellationToken cancellationToken)
    {
        var (member, number) = await CardTarget.LoadAsync(db, principal, command.CardNumber, cancellationToken);
        member.ActivateCard(number, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return CardDto.From(member, member.FindCard(number));
    }
}
