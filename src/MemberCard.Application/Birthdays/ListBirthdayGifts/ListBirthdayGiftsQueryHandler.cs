namespace MemberCard.Application.Birthdays.ListBirthdayGifts;

using Mediator;
using MemberCard.Application.Birthdays.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using Microsoft.EntityFrameworkCore;

public sealed class ListBirthdayGiftsQueryHandler(IMemberCardDbContext db, TimeProvider clock)
    : IQueryHandler<ListBirthdayGiftsQuery, PagedResult<BirthdayGiftDto>>
{
    public async ValueTask<PagedResult<BirthdayGiftDto>> Handle(ListBirthdayGiftsQuery query, CancellationToken cancellationToken)
    {
        var programme = await db.Programme.AsNoTracking().SingleAsync(cancellationToken);
        var from = BusinessMonth.ParseMonth(query.Month) ?? BusinessMonth.Of(programme.BusinessDate(clock.GetUtcNow()));
        var to = from.AddMonths(1);
        var branchId = await BranchFilter.ResolveAsync(db, query.Branch, cancellationToken);

        var gifts = db.BirthdayGifts.AsNoTracking().Where(g => g.IssuedOn >= from && g.IssuedOn < to);
        if (branchId is { } only)
        {
            gifts = gifts.Where(g => g.BranchId == only);
        }

        if (query.Status is { } status)
        {
            gifts = gifts.Where(g => g.Status == status);
        }

        var total = await gifts.CountAsync(cancellationToken);
        var page = gifts.OrderBy(g => g.IssuedAt).ThenBy(g => g.Id).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize);
        var items = await BirthdayGiftViews.LoadAsync(db, page, cancellationToken);
        return new PagedResult<BirthdayGiftDto>(items, query.Page, query.PageSize, total);
    }
}
