namespace MemberCard.Application.StoredValue.Common;

using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Common;
using MemberCard.Domain.StoredValue;
using Microsoft.EntityFrameworkCore;

/// <summary>What a top-up credits: a plain amount is all principal; a package adds its bonus.</summary>
public static class TopUpPricing
{
    public static async Task<(Money Principal, Money Bonus, TopUpPackage? Package)> PriceAsync(
        IMemberCardDbContext db, decimal? amount, Guid? packageId, CancellationToken cancellationToken)
    {
        if (packageId is not { } id)
        {
            return (Money.Create(amount!.Value), Money.Zero, null);
        }

        var package = await db.TopUpPackages.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("stored_value.package_not_found", "No such top-up package.");
        package.EnsureActive();
        return (Money.Create(package.Pay), Money.Create(package.Bonus), package);
    }
}
