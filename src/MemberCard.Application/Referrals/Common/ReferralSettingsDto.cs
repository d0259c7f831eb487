namespace MemberCard.Application.Referrals.Common;

using MemberCard.Domain.Referrals;

public sealed record ReferralSettingsDto(long ReferrerPoints, long RefereePoints, int MonthlyCap, int ReturnWindowDays)
{
    public static ReferralSettingsDto From(ReferralSettings s) => new(s.ReferrerPoints, s.RefereePoints, s.MonthlyCap, s.ReturnWindowDays);
}
