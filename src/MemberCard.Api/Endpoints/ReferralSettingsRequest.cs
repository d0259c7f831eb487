namespace MemberCard.Api.Endpoints;

public sealed record ReferralSettingsRequest(long? ReferrerPoints, long? RefereePoints, int? MonthlyCap, int? ReturnWindowDays);
