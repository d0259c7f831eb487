namespace MemberCard.Domain.Kpis;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;

/// <summary>
/// That a member bought at a branch in a month. Distinct active members do not add up across days, so each
/// (member, branch, month) is recorded once and counted on the day of its first purchase.
/// </summary>
public sealed class MemberBranchMonthActivity
{
    private MemberBranchMonthActivity()
    {
    }

    public MemberId MemberId { get; private set; }

    public BranchId BranchId { get; private set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }

    public DateOnly FirstBusinessDate { get; private set; }
}
