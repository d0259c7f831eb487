namespace MemberCard.Domain.Milestones;

using MemberCard.Domain.Common;
using MemberCard.Domain.Members;

/// <summary>
/// A member's entitlement to a milestone gift (返礼) for points earned in one card year. One claim per member,
/// card year and milestone; it lapses when not collected in time.
/// </summary>
public sealed class MilestoneClaim
{
    private MilestoneClaim()
    {
    }

    public Guid Id { get; private set; }

    public MemberId MemberId { get; private set; }

    public DateOnly CardYearStart { get; private set; }

    public long MilestonePoints { get; private set; }

    public long PointsEarned { get; private set; }

    public decimal GiftValue { get; private set; }

    public DateOnly EligibleOn { get; private set; }

    public DateOnly LapsesOn { get; private set; }

    public MilestoneClaimStatus Status { get; private set; }

    public DateTimeOffset? ClaimedAt { get; private set; }

    public Guid? ClaimedAtBranchId { get; private set; }

    public static MilestoneClaim Grant(MemberId memberId, DateOnly cardYearStart, long milestonePoints, long pointsEarned, decimal giftValue,
        DateOnly eligibleOn, DateOnly lapsesOn) => new()
        {
            Id = Guid.CreateVersion7(),
            MemberId = memberId,
            CardYearStart = cardYearStart,
            MilestonePoints = milestonePoints,
            PointsEarned = pointsEarned,
            GiftValue = giftValue,
            EligibleOn = eligibleOn,
            LapsesOn = lapsesOn,
            Status = MilestoneClaimStatus.Open,
        };

    public void Claim(Guid branchId, DateTimeOffset now, DateOnly businessDate)
    {
        if (Status != MilestoneClaimStatus.Open || businessDate >= LapsesOn)
        {
            throw new DomainException("milestone.not_open", "This gift claim is no longer open.");
        }

        Status = MilestoneClaimStatus.Claimed;
        ClaimedAt = now;
        ClaimedAtBranchId = branchId;
    }

    public bool LapseIfDue(DateOnly businessDate)
    {
        if (Status != MilestoneClaimStatus.Open || businessDate < LapsesOn)
        {
            return false;
        }

        Status = MilestoneClaimStatus.Lapsed;
        return true;
    }
}
