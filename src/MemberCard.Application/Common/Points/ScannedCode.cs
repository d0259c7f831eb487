namespace MemberCard.Application.Common.Points;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// What a till scanned: a card number, or a phone standing for the member's current card. About one phone in
/// ten also passes the card check digit, so an 11-digit code matches either way, the card number first.
/// This looks past the branch filter on purpose: any till of the chain serves any card.
/// </summary>
public static class ScannedCode
{
    public static IQueryable<Card> Cards(IMemberCardDbContext db, string? code)
    {
        var cards = db.Cards.IgnoreQueryFilters();
        var isCard = CardNumber.TryParse(code, out var number);
        var isPhone = PhoneNumber.TryCreate(code, out var phone);

        // Each shape is its own indexed query: one predicate OR-ed over both would scan every card.
        var byNumber = cards.Where(c => c.Number == number);
        var members = db.Members.IgnoreQueryFilters();
        var byPhone = cards.Where(c => c.Status != CardStatus.Replaced && c.Status != CardStatus.Cancelled
            && members.Any(m => m.Id == c.MemberId && m.Phone == phone && m.Status == MemberStatus.Active));
        return (isCard, isPhone) switch
        {
            (true, true) => byNumber.Concat(byPhone),
            (true, false) => byNumber,
            (false, true) => byPhone,
            _ => cards.Where(_ => false),
        };
    }
}
