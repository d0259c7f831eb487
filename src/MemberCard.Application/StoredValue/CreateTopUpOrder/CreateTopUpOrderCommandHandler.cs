namespace MemberCard.Application.StoredValue.CreateTopUpOrder;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Points;
using MemberCard.Application.StoredValue.Common;
using MemberCard.Domain.Common;
using MemberCard.Domain.StoredValue;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Checks now what can be checked before the shopper pays (active card, room under the limit), so a payment
/// is rarely taken for an order that cannot be credited; the confirmation checks again.
/// </summary>
public sealed class CreateTopUpOrderCommandHandler(IMemberCardDbContext db, ICurrentPrincipal principal, PointsDesk points, TimeProvider clock)
    : ICommandHandler<CreateTopUpOrderCommand, TopUpOrderDto>
{
    public async ValueTask<TopUpOrderDto> Handle(CreateTopUpOrderCommand command, CancellationToken cancellationToken)
    {
        var member = await CardTarget.LoadShopperAsync(db, principal, cancellationToken);
        var card = member.CurrentCard;
        card.EnsureCanTransact();
        var (amount, bonus, package) = await TopUpPricing.PriceAsync(db, command.Amount, command.PackageId, cancellationToken);
        var programme = await points.ProgrammeAsync(cancellationToken);
        var balance = await db.StoredValueAccounts.Where(a => a.MemberId == member.Id)
            .Select(a => a.Principal + a.Bonus).FirstOrDefaultAsync(cancellationToken);
        if (balance + amount.Yuan + bonus.Yuan > programme.StoredValueMaxBalance)
        {
            throw new DomainException("stored_value.over_limit",
                $"The balance would pass the card's limit of {programme.StoredValueMaxBalance:0.00} (room left: {Math.Max(0m, programme.StoredValueMaxBalance - balance):0.00}).");
        }

        var order = StoredValueTopUp.Order(member.HomeBranchId, member.Id, card.Number, amount, bonus, package?.Id, clock.GetUtcNow());
        db.StoredValueTopUps.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        return TopUpOrderDto.From(order);
    }
}
