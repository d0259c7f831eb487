namespace MemberCard.Application.Referrals.GetMyReferral;

using MemberCard.Application.Referrals.Common;

/// <summary>
/// The member's code, the mini-program page a share opens (<see cref="ReferralShareDto"/>), whether the member
/// was referred themself, and the members they referred, masked.
/// </summary>
public sealed record MyReferralDto(
    string Code,
    ReferralShareDto Share,
    string? ReferredStatus,
    long PointsEarned,
    IReadOnlyList<MyReferralItemDto> Referrals);
