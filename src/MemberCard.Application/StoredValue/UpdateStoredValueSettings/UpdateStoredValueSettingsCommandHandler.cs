namespace MemberCard.Application.StoredValue.UpdateStoredValueSettings;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.StoredValue.GetStoredValueSettings;
using MemberCard.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>A lower limit applies to later top-ups; balances already above it stay and can be spent down.</summary>
public sealed class UpdateStoredValueSettingsCommandHandler(IMemberCardDbContext db, TimeProvider clock)
    : ICommandHandler<UpdateStoredValueSettingsCommand, StoredValueSettingsDto>
{
    public async ValueTask<StoredValueSettingsDto> Handle(UpdateStoredValueSettingsCommand command, CancellationToken cancellationToken)
    {
        var programme = await db.Programme.SingleAsync(cancellationToken);
        programme.UpdateStoredValueRules(Money.Create(command.MaxBalance!.Value), command.SpendOrder!.Value, command.DepositsCountForTier!.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return GetStoredValueSettingsQueryHandler.From(programme);
    }
}
