namespace MemberCard.Application.Checkout.Common;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;
using MemberCard.Domain.Points;
using MemberCard.Domain.Programme;
using MemberCard.Domain.Purchases;
using Microsoft.EntityFrameworkCore;

/// <summary>Prices a basket for a member at a branch on a business date: the quote and the commit share it.</summary>
public sealed class CheckoutPricing(IMemberCardDbContext db)
{
    public async Task<Quote> PriceAsync(
        Member member, PointsWallet wallet, ProgrammeSettings programme, BranchId branchId, DateOnly businessDate,
        IReadOnlyList<CheckoutLine> lines, bool isCardApplicationPurchase, long pointsToUse, CancellationToken cancellationToken)
    {
        var branch = branchId.Value;
        var campaigns = await db.PointsCampaigns.AsNoTracking()
            .Where(c => c.StartsOn <= businessDate && c.EndsOn >= businessDate && (c.BranchIds.Count == 0 || c.BranchIds.Contains(branch)))
            .ToListAsync(cancellationToken);
        return CheckoutCalculator.Price(
            lines, programme, member.Tier, member.BirthDate, businessDate, campaigns.Select(c => c.ForCheckout()).ToList(),
            isCardApplicationPurchase, wallet.SpendableOn(businessDate), pointsToUse);
    }

    public static BranchId RequireBranch(ICurrentPrincipal principal) =>
        principal.Kind == PrincipalKind.Branch
            ? principal.BranchId
            : throw new MemberCard.Application.Common.Exceptions.ForbiddenException("auth.branch_only", "Only a branch till can do this.");
}
