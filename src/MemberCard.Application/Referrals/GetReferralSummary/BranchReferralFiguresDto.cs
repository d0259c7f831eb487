namespace MemberCard.Application.Referrals.GetReferralSummary;

/// <summary>
/// One branch's referrals of a month, counted for the new members' home branch and by the month of the
/// application: <see cref="Referrals"/> accepted, <see cref="Refused"/>, <see cref="Converted"/> those whose new
/// member has made the first qualifying purchase (so far; <see cref="Reversed"/> ones included), and
/// <see cref="ConversionRate"/> = converted / accepted (0 when none).
/// </summary>
public sealed record BranchReferralFiguresDto(
    Guid? BranchId, string? BranchCode, int Referrals, int Refused, int Converted, int Reversed, decimal ConversionRate)
{
    public static BranchReferralFiguresDto Of(Guid? branchId, string? branchCode, int referrals, int refused, int converted, int reversed) =>
        new(branchId, branchCode, referrals, refused, converted, reversed, referrals == 0 ? 0m : Math.Round((decimal)converted / referrals, 4));
}
