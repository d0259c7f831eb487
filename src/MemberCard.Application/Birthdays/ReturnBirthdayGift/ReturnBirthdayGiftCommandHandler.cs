namespace MemberCard.Application.Birthdays.ReturnBirthdayGift;

using Mediator;
using MemberCard.Application.Birthdays.Common;
using MemberCard.Application.Checkout.Common;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

public sealed class ReturnBirthdayGiftCommandHandler(IMemberCardDbContext db, ICurrentPrincipal principal, TimeProvider clock)
    : ICommandHandler<ReturnBirthdayGiftCommand, BirthdayGiftDto>
{
    public async ValueTask<BirthdayGiftDto> Handle(ReturnBirthdayGiftCommand command, CancellationToken cancellationToken)
    {
        CheckoutPricing.RequireBranch(principal);

        // Scoped to the caller's branch: another branch's gift is not found.
        var gift = await db.BirthdayGifts.SingleOrDefaultAsync(g => g.Id == command.GiftId, cancellationToken)
            ?? throw new NotFoundException("birthday_gift.not_found", "No such birthday gift.");
        var now = clock.GetUtcNow();
        var today = (await db.Programme.AsNoTracking().SingleAsync(cancellationToken)).BusinessDate(now);
        gift.Return(now, today);
        await db.SaveChangesAsync(cancellationToken);
        return (await BirthdayGiftViews.LoadAsync(db, db.BirthdayGifts.AsNoTracking().Where(g => g.Id == gift.Id), cancellationToken)).Single();
    }
}
