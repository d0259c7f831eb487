namespace MemberCard.Application.Birthdays.IssueBirthdayGift;

using System.Globalization;
using Mediator;
using MemberCard.Application.Birthdays.Common;
using MemberCard.Application.Checkout.Common;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Notifications;
using MemberCard.Application.Common.Security;
using MemberCard.Domain.Birthdays;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

public sealed class IssueBirthdayGiftCommandHandler(IMemberCardDbContext db, ICurrentPrincipal principal, TimeProvider clock)
    : ICommandHandler<IssueBirthdayGiftCommand, BirthdayGiftDto>
{
    public const string NoticeTemplate = "birthday.gift_ready";

    public async ValueTask<BirthdayGiftDto> Handle(IssueBirthdayGiftCommand command, CancellationToken cancellationToken)
    {
        var branchId = CheckoutPricing.RequireBranch(principal);
        var memberId = command.MemberId is { } id ? new MemberId(id) : await MemberOfCardAsync(command.CardNumber!, cancellationToken);

        // Scoped to the caller's members: another branch's member is not found, like a missing one.
        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new { m.Id, m.Name, m.Phone, m.BirthDate, m.Tier, m.Status })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("member.not_found", "No such member.");
        if (member.Status != MemberStatus.Active)
        {
            throw new DomainException("member.exited", "The member has left the programme.");
        }

        var now = clock.GetUtcNow();
        var today = (await db.Programme.AsNoTracking().SingleAsync(cancellationToken)).BusinessDate(now);
        var year = command.Year ?? today.Year;
        if (await db.BirthdayGifts.AnyAsync(g => g.MemberId == memberId && g.Year == year, cancellationToken))
        {
            throw new DomainException("birthday_gift.already_issued", "The member already has a birthday gift for this year.");
        }

        var gift = BirthdayGift.Issue(branchId, member.Id, member.BirthDate, year, command.GiftName!, command.Description, now, today);
        db.BirthdayGifts.Add(gift);
        MemberNotices.Enqueue(db, member.Id, new MemberNotice(NoticeTemplate, new Dictionary<string, string>
        {
            ["giftName"] = gift.GiftName,
            ["year"] = year.ToString(CultureInfo.InvariantCulture),
        }), now);
        await db.SaveChangesAsync(cancellationToken);
        return BirthdayGiftViews.From(gift, MaskedMemberDto.From(member.Id, member.Name, member.Phone, member.BirthDate, member.Tier));
    }

    private async Task<MemberId> MemberOfCardAsync(string cardNumber, CancellationToken cancellationToken)
    {
        var number = CardNumber.Parse(cardNumber);
        return await db.Cards.AsNoTracking().Where(c => c.Number == number).Select(c => (MemberId?)c.MemberId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("member.not_found", "No such member.");
    }
}
