namespace MemberCard.Application.Members.ListBranchMembers;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Common.Security;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

public sealed class ListBranchMembersQueryHandler(IReadModelDb db)
    : IQueryHandler<ListBranchMembersQuery, PagedResult<MemberListItemDto>>
{
    private const int MinPhoneSuffixDigits = 4;

    public async ValueTask<PagedResult<MemberListItemDto>> Handle(ListBranchMembersQuery query, CancellationToken cancellationToken)
    {
        var members = db.Members.AsNoTracking();
        var search = query.Search?.Trim();
        if (!string.IsNullOrEmpty(search))
        {
            members = Matching(members, search);
        }

        var total = await members.CountAsync(cancellationToken);
        var rows = await members
            .OrderByDescending(m => m.JoinedAt).ThenBy(m => m.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(m => new
            {
                m.Id,
                m.Name,
                m.Phone,
                m.BirthDate,
                Card = m.Cards.Where(c => c.Status == CardStatus.Issued || c.Status == CardStatus.Active || c.Status == CardStatus.Frozen)
                    .Select(c => new { c.Number, c.Status }).FirstOrDefault(),
                m.Tier,
                m.Status,
                m.HomeBranchId,
                m.JoinedAt,
            })
            .ToListAsync(cancellationToken);

        var items = rows.Select(r => new MemberListItemDto(
            r.Id.Value,
            Pii.MaskName(r.Name),
            Pii.MaskPhone(r.Phone),
            Pii.MaskBirthDate(r.BirthDate),
            r.Card?.Number.Value,
            r.Card?.Status.ToString(),
            r.Tier.ToString(),
            r.Status.ToString(),
            r.HomeBranchId.Value,
            r.JoinedAt)).ToList();
        return new PagedResult<MemberListItemDto>(items, query.Page, query.PageSize, total);
    }

    private static IQueryable<Member> Matching(IQueryable<Member> members, string search)
    {
        // Digits may be a card number and a phone (suffix) at once: match either.
        if (search.Length >= MinPhoneSuffixDigits && search.All(char.IsAsciiDigit))
        {
            var isCard = CardNumber.TryParse(search, out var number);
            return members.Where(m => EF.Property<string>(m, Member.PhoneDigitsShadowProperty).EndsWith(search)
                || (isCard && m.Cards.Any(c => c.Number == number)));
        }

        var pattern = "%" + search.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        return members.Where(m => EF.Functions.Like(m.Name, pattern, "\\"));
    }
}
