namespace MemberCard.Application.Birthdays.ReconcileBirthdayGifts;

using Mediator;
using MemberCard.Application.Birthdays.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Birthdays;
using Microsoft.EntityFrameworkCore;

public sealed class ReconcileBirthdayGiftsQueryHandler(IMemberCardDbContext db)
    : IQueryHandler<ReconcileBirthdayGiftsQuery, BirthdayGiftReconciliationDto>
{
    public async ValueTask<BirthdayGiftReconciliationDto> Handle(ReconcileBirthdayGiftsQuery query, CancellationToken cancellationToken)
    {
        var (from, to) = BusinessMonth.ParsePeriod(query.Period)!.Value;
        var branchId = await BranchFilter.ResolveAsync(db, query.Branch, cancellationToken);

        // Every gift that moved in the period or was still open at its end: a gift closed after the end was open then.
        var gifts = db.BirthdayGifts.AsNoTracking().Where(g => g.IssuedOn <= to
            && (g.IssuedOn >= from || g.Status == BirthdayGiftStatus.Issued || g.CollectedOn >= from || g.ReturnedOn >= from));
        if (branchId is { } only)
        {
            gifts = gifts.Where(g => g.BranchId == only);
        }

        var rows = await BirthdayGiftViews.LoadWithGiftsAsync(db, gifts, cancellationToken);
        List<BirthdayGiftDto> Where(Func<BirthdayGift, bool> predicate) => rows.Where(r => predicate(r.Gift)).Select(r => r.View).ToList();

        return new BirthdayGiftReconciliationDto(
            query.Period!,
            from,
            to,
            query.Branch?.Trim(),
            BirthdayGiftGroupDto.Of(Where(g => g.IssuedOn >= from)),
            BirthdayGiftGroupDto.Of(Where(g => g.CollectedOn >= from && g.CollectedOn <= to)),
            BirthdayGiftGroupDto.Of(Where(g => g.ReturnedOn >= from && g.ReturnedOn <= to)),
            BirthdayGiftGroupDto.Of(Where(g => g.WasOutstandingOn(to))));
    }
}
