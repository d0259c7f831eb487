namespace MemberCard.Application.Common.Points;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// What a till scanned: a card number, or a phone standing for the member's current card. About one phone in
/// ten also passes the card check digit, so an 11-digit code matches either way, the card number first.
/// This looks past the branch filter on purpose: any till of the chain serves any card.
/// <see cref="IRowLocks.LockMemberOfScannedCardAsync"/> follows the same rules in SQL.
/// </summary>
public static class ScannedCode
{
    public static IQueryable<Card> Cards(IMemberCardDbContext db, string? code)
    {
        var cards = db.Cards.IgnoreQueryFilters();
        var (number, phone) = Parse(code);

        // Each shape is its own indexed query: one predicate OR-ed over both would scan every card.
        var byNumber = cards.Where(c => c.Number == number);
        var members = db.Members.IgnoreQueryFilters();
        var byPhone = cards.Where(c => c.Status != CardStatus.Replaced && c.Status != CardStatus.Cancelled
            && members.Any(m => m.Id == c.MemberId && m.Phone == phone && m.Status == MemberStatus.Active));
        return (number, phone) switch
        {
            ({ }, { }) => byNumber.Concat(byPhone),
            ({ }, null) => byNumber,
            (null, { }) => byPhone,
            _ => cards.Where(_ => false),
        };
    }

    /// <summary>The shapes a code can have: a card number, a phone, both, or neither.</summary>
    public static (CardNumber? Number, PhoneNumber? Phone) Parse(string? code) =>
        (CardNumber.TryParse(code, out var number) ? number : null, PhoneNumber.TryCreate(code, out var phone) ? phone : null);
}
