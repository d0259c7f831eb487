namespace MemberCard.Application.ApiKeys.ListApiKeys;

using Mediator;
using MemberCard.Application.ApiKeys.Common;
using MemberCard.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

public sealed class ListApiKeysQueryHandler(IMemberCardDbContext db) : IQueryHandler<ListApiKeysQuery, IReadOnlyList<ApiKeyDto>>
{
    public async ValueTask<IReadOnlyList<ApiKeyDto>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken)
    {
        var keys = await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(cancellationToken);
        return keys.Select(ApiKeyDto.From).ToList();
    }
}
