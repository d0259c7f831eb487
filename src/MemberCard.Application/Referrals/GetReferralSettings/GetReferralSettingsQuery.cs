namespace MemberCard.Application.Referrals.GetReferralSettings;

using Mediator;
using MemberCard.Application.Referrals.Common;

public sealed record GetReferralSettingsQuery : IQuery<ReferralSettingsDto>;
