namespace MemberCard.Application.Gifts.UpdateGift;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Gifts.Common;
using MemberCard.Domain.Gifts;
using Microsoft.EntityFrameworkCore;

public sealed class UpdateGiftCommandHandler(IMemberCardDbContext db, IRowLocks locks) : ICommandHandler<UpdateGiftCommand, GiftDto>
{
    public async ValueTask<GiftDto> Handle(UpdateGiftCommand command, CancellationToken cancellationToken)
    {
        var id = new GiftId(command.GiftId);
        if (!await locks.LockGiftAsync(id, cancellationToken))
        {
            throw new NotFoundException("gift.not_found", "No such gift.");
        }

        var gift = await db.Gifts.SingleAsync(g => g.Id == id, cancellationToken);
        gift.Update(command.Name!, command.PointsPrice!.Value, command.Stock!.Value, command.ActiveFrom, command.ActiveTo);
        await db.SaveChangesAsync(cancellationToken);
        return GiftDto.From(gift);
    }
}
