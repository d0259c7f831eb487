namespace MemberCard.Application.Referrals.GetReferralSummary;

public sealed record ReferralSummaryDto(string Month, IReadOnlyList<BranchReferralFiguresDto> Branches, BranchReferralFiguresDto Total);
