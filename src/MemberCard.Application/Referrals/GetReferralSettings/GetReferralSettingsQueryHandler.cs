namespace MemberCard.Application.Referrals.GetReferralSettings;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Referrals.Common;

public sealed class GetReferralSettingsQueryHandler(IMemberCardDbContext db) : IQueryHandler<GetReferralSettingsQuery, ReferralSettingsDto>
{
    public async ValueTask<ReferralSettingsDto> Handle(GetReferralSettingsQuery query, CancellationToken cancellationToken) =>
        ReferralSettingsDto.From(await ReferralDesk.SettingsAsync(db, cancellationToken));
}
