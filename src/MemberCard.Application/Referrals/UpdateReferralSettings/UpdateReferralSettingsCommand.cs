namespace MemberCard.Application.Referrals.UpdateReferralSettings;

using Mediator;
using MemberCard.Application.Referrals.Common;

/// <summary>Replaces head office's referral settings; they apply to rewards and applications from now on.</summary>
public sealed record UpdateReferralSettingsCommand(long? ReferrerPoints, long? RefereePoints, int? MonthlyCap, int? ReturnWindowDays)
    : ICommand<ReferralSettingsDto>;
