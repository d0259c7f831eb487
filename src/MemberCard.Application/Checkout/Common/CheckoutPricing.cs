namespace MemberCard.Application.Checkout.Common;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Points;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Points;
using MemberCard.Domain.Programme;
using MemberCard.Domain.Purchases;

/// <summary>Prices a basket for a member at a branch on a business date: the quote and the commit share it.</summary>
public sealed class CheckoutPricing(PointsDesk desk)
{
    /// <summary>
    /// Prices with the campaigns of the snapshot's day; <paramref name="programme"/> is the one the snapshot's
    /// business date was computed with.
    /// </summary>
    public async Task<Quote> PriceAsync(
        TillSnapshot snapshot, PointsWallet wallet, ProgrammeSettings programme, BranchId branchId, DateOnly businessDate,
        IReadOnlyList<CheckoutLine> lines, bool isCardApplicationPurchase, long pointsToUse, CancellationToken cancellationToken)
    {
        var campaigns = await desk.Programme.CampaignsAsync(businessDate, branchId.Value, snapshot.Campaigns, cancellationToken);
        return CheckoutCalculator.Price(
            lines, programme, snapshot.Member.Tier, snapshot.Member.BirthDate, businessDate, campaigns,
            isCardApplicationPurchase, wallet.SpendableOn(businessDate), pointsToUse);
    }

    public static BranchId RequireBranch(ICurrentPrincipal principal) =>
        principal.Kind == PrincipalKind.Branch
            ? principal.BranchId
            : throw new MemberCard.Application.Common.Exceptions.ForbiddenException("auth.branch_only", "Only a branch till can do this.");
}
