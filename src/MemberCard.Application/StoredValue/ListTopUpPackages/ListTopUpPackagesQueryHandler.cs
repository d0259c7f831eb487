namespace MemberCard.Application.StoredValue.ListTopUpPackages;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.StoredValue.Common;
using Microsoft.EntityFrameworkCore;

public sealed class ListTopUpPackagesQueryHandler(IMemberCardDbContext db) : IQueryHandler<ListTopUpPackagesQuery, IReadOnlyList<TopUpPackageDto>>
{
    public async ValueTask<IReadOnlyList<TopUpPackageDto>> Handle(ListTopUpPackagesQuery query, CancellationToken cancellationToken)
    {
        var packages = await db.TopUpPackages.AsNoTracking().Where(p => !query.ActiveOnly || p.Active)
            .OrderBy(p => p.Pay).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        return packages.Select(TopUpPackageDto.From).ToList();
    }
}
