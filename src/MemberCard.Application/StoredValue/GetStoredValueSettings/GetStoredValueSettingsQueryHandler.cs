namespace MemberCard.Application.StoredValue.GetStoredValueSettings;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Programme;
using Microsoft.EntityFrameworkCore;

public sealed class GetStoredValueSettingsQueryHandler(IMemberCardDbContext db) : IQueryHandler<GetStoredValueSettingsQuery, StoredValueSettingsDto>
{
    public async ValueTask<StoredValueSettingsDto> Handle(GetStoredValueSettingsQuery query, CancellationToken cancellationToken) =>
        From(await db.Programme.AsNoTracking().SingleAsync(cancellationToken));

    public static StoredValueSettingsDto From(ProgrammeSettings p) =>
        new(Yuan.Of(p.StoredValueMaxBalance), p.StoredValueSpendOrder.ToString(), p.DepositsCountForTier);
}
