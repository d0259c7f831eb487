namespace MemberCard.Application.Referrals.UpdateReferralSettings;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Referrals.Common;
using MemberCard.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

public sealed class UpdateReferralSettingsCommandHandler(IMemberCardDbContext db, TimeProvider clock)
    : ICommandHandler<UpdateReferralSettingsCommand, ReferralSettingsDto>
{
    public async ValueTask<ReferralSettingsDto> Handle(UpdateReferralSettingsCommand command, CancellationToken cancellationToken)
    {
        var settings = await db.ReferralSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = ReferralSettings.Defaults();
            db.ReferralSettings.Add(settings);
        }

        settings.Change(command.ReferrerPoints!.Value, command.RefereePoints!.Value, command.MonthlyCap!.Value, command.ReturnWindowDays!.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ReferralSettingsDto.From(settings);
    }
}
