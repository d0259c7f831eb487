namespace MemberCard.Application.Birthdays.ListBirthdays;

using Mediator;
using MemberCard.Application.Birthdays.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Common.Security;
using MemberCard.Domain.Birthdays;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

public sealed class ListBirthdaysQueryHandler(IMemberCardDbContext db, TimeProvider clock)
    : IQueryHandler<ListBirthdaysQuery, PagedResult<BirthdayListItemDto>>
{
    public async ValueTask<PagedResult<BirthdayListItemDto>> Handle(ListBirthdaysQuery query, CancellationToken cancellationToken)
    {
        var programme = await db.Programme.AsNoTracking().SingleAsync(cancellationToken);
        var month = BusinessMonth.ParseMonth(query.Month) ?? BusinessMonth.Of(programme.BusinessDate(clock.GetUtcNow()));
        var branchId = await BranchFilter.ResolveAsync(db, query.Branch, cancellationToken);

        // 29 February birthdays stay in February whatever the year, so the month alone decides.
        var members = db.Members.AsNoTracking().Where(m => m.Status == MemberStatus.Active && m.BirthDate.Month == month.Month);
        if (branchId is { } only)
        {
            members = members.Where(m => m.HomeBranchId == only);
        }

        var year = month.Year;
        var total = await members.CountAsync(cancellationToken);
        var rows = await members
            .OrderBy(m => m.BirthDate.Day).ThenBy(m => m.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(m => new
            {
                m.Id,
                m.Name,
                m.Phone,
                m.BirthDate,
                m.Tier,
                m.HomeBranchId,
                Card = m.Cards.Where(c => c.Status == CardStatus.Issued || c.Status == CardStatus.Active || c.Status == CardStatus.Frozen)
                    .Select(c => (CardNumber?)c.Number).FirstOrDefault(),
                Gift = db.BirthdayGifts.Where(g => g.MemberId == m.Id && g.Year == year).Select(g => new { g.Id, g.Status }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var items = rows.Select(r => new BirthdayListItemDto(
            MaskedMemberDto.From(r.Id, r.Name, r.Phone, r.BirthDate, r.Tier),
            Birthday.InYear(r.BirthDate, year),
            r.Card?.Value,
            r.HomeBranchId.Value,
            r.Gift?.Id,
            r.Gift?.Status.ToString())).ToList();
        return new PagedResult<BirthdayListItemDto>(items, query.Page, query.PageSize, total);
    }
}
