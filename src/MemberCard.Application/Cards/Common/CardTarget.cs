namespace MemberCard.Application.Cards.Common;

using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Loads the member a lifecycle command is about: the calling shopper's own card when no number is given,
/// otherwise the card with that number, as far as the caller's scope lets them see it.
/// </summary>
public static class CardTarget
{
    public static async Task<(Member Member, CardNumber Number)> LoadAsync(
        IMemberCardDbContext db, ICurrentPrincipal principal, string? cardNumber, CancellationToken cancellationToken)
    {
        if (cardNumber is null)
        {
            var member = await LoadShopperAsync(db, principal, cancellationToken);
            return (member, member.CurrentCard.Number);
        }

        if (!CardNumber.TryParse(cardNumber, out var number))
        {
            throw CardNotFound();
        }

        var owner = await db.Members
            .Include(m => m.Cards)
            .SingleOrDefaultAsync(m => m.Cards.Any(c => c.Number == number), cancellationToken);
        return (owner ?? throw CardNotFound(), number);
    }

    public static async Task<Member> LoadShopperAsync(IMemberCardDbContext db, ICurrentPrincipal principal, CancellationToken cancellationToken)
    {
        if (principal.Kind != PrincipalKind.Shopper)
        {
            throw new ForbiddenException("auth.shopper_only", "Only a shopper can act on their own card.");
        }

        var member = await db.Members
            .Include(m => m.Cards)
            .SingleOrDefaultAsync(m => m.Id == principal.MemberId, cancellationToken);
        return member ?? throw new NotFoundException("member.not_found", "You do not have a member card yet.");
    }

    public static NotFoundException CardNotFound() => new("card.not_found", "No such card.");
}
