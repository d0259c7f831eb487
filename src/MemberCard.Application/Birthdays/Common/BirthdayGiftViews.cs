namespace MemberCard.Application.Birthdays.Common;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Security;
using MemberCard.Domain.Birthdays;
using Microsoft.EntityFrameworkCore;

/// <summary>Reads gifts with the masked member they were issued to, in one query, oldest issue first.</summary>
public static class BirthdayGiftViews
{
    public static async Task<List<BirthdayGiftDto>> LoadAsync(IMemberCardDbContext db, IQueryable<BirthdayGift> gifts, CancellationToken cancellationToken) =>
        (await LoadWithGiftsAsync(db, gifts, cancellationToken)).Select(p => p.View).ToList();

    public static async Task<List<(BirthdayGift Gift, BirthdayGiftDto View)>> LoadWithGiftsAsync(
        IMemberCardDbContext db, IQueryable<BirthdayGift> gifts, CancellationToken cancellationToken)
    {
        var rows = await gifts
            .Join(db.Members, g => g.MemberId, m => m.Id, (g, m) => new { Gift = g, m.Name, m.Phone, m.BirthDate, m.Tier })
            .ToListAsync(cancellationToken);

        // A join does not keep the order of a paged subquery, so the order is restored here.
        return rows
            .OrderBy(r => r.Gift.IssuedAt).ThenBy(r => r.Gift.Id)
            .Select(r => (r.Gift, From(r.Gift, MaskedMemberDto.From(r.Gift.MemberId, r.Name, r.Phone, r.BirthDate, r.Tier))))
            .ToList();
    }

    public static BirthdayGiftDto From(BirthdayGift gift, MaskedMemberDto member) => new(
        gift.Id, gift.BranchId.Value, member, gift.Year, gift.GiftName, gift.Description, gift.Status.ToString(),
        gift.IssuedAt, gift.IssuedOn, gift.CollectedAt, gift.ReturnedAt);
}
