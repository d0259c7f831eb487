namespace MemberCard.Application.Gifts.CreateGift;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Gifts.Common;
using MemberCard.Domain.Gifts;

public sealed class CreateGiftCommandHandler(IMemberCardDbContext db, TimeProvider clock) : ICommandHandler<CreateGiftCommand, GiftDto>
{
    public async ValueTask<GiftDto> Handle(CreateGiftCommand command, CancellationToken cancellationToken)
    {
        var gift = Gift.Create(command.Name!, command.PointsPrice!.Value, command.Stock!.Value, command.ActiveFrom, command.ActiveTo, clock.GetUtcNow());
        db.Gifts.Add(gift);
        await db.SaveChangesAsync(cancellationToken);
        return GiftDto.From(gift);
    }
}
