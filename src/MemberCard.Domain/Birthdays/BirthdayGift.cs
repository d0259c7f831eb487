namespace MemberCard.Domain.Birthdays;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members;

/// <summary>
/// A birthday gift a branch set aside for one of its members in the member's birthday month: one per member
/// and year. It is signed for at the branch or, when not collected, returned to the branch's stock.
/// </summary>
public sealed class BirthdayGift
{
    public const int GiftNameMaxLength = 100;
    public const int DescriptionMaxLength = 500;

    private BirthdayGift()
    {
        GiftName = string.Empty;
    }

    public Guid Id { get; private set; }

    public BranchId BranchId { get; private set; }

    public MemberId MemberId { get; private set; }

    public int Year { get; private set; }

    public string GiftName { get; private set; }

    public string? Description { get; private set; }

    public BirthdayGiftStatus Status { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>The business date of issue: the reconciliation periods are business dates.</summary>
    public DateOnly IssuedOn { get; private set; }

    public DateTimeOffset? CollectedAt { get; private set; }

    public DateOnly? CollectedOn { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    public DateOnly? ReturnedOn { get; private set; }

    public uint Version { get; private set; }

    /// <summary>Sets a gift aside for a member whose birthday falls in the current month of <paramref name="year"/>.</summary>
    public static BirthdayGift Issue(
        BranchId branchId, MemberId memberId, DateOnly birthDate, int year, string giftName, string? description, DateTimeOffset now, DateOnly today)
    {
        if (year != today.Year || birthDate.Month != today.Month)
        {
            throw new DomainException("birthday_gift.not_birthday_month", "A birthday gift is issued in the member's birthday month of the current year.");
        }

        if (string.IsNullOrWhiteSpace(giftName) || giftName.Trim().Length > GiftNameMaxLength)
        {
            throw new DomainException("birthday_gift.name_invalid", "A gift name is required (at most 100 characters).");
        }

        return new BirthdayGift
        {
            Id = Guid.CreateVersion7(),
            BranchId = branchId,
            MemberId = memberId,
            Year = year,
            GiftName = giftName.Trim(),
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            Status = BirthdayGiftStatus.Issued,
            IssuedAt = now,
            IssuedOn = today,
        };
    }

    /// <summary>The member signed for the gift at the branch.</summary>
    public void Sign(DateTimeOffset now, DateOnly today)
    {
        EnsureIssued();
        Status = BirthdayGiftStatus.Collected;
        CollectedAt = now;
        CollectedOn = today;
    }

    /// <summary>The gift was not collected and goes back to the branch's stock.</summary>
    public void Return(DateTimeOffset now, DateOnly today)
    {
        EnsureIssued();
        Status = BirthdayGiftStatus.Returned;
        ReturnedAt = now;
        ReturnedOn = today;
    }

    /// <summary>Whether the gift was still waiting for the member at the end of <paramref name="day"/>.</summary>
    public bool WasOutstandingOn(DateOnly day) =>
        IssuedOn <= day && !(CollectedOn <= day) && !(ReturnedOn <= day);

    private void EnsureIssued()
    {
        if (Status != BirthdayGiftStatus.Issued)
        {
            throw new DomainException("birthday_gift.not_issued", $"The gift is already {Status.ToString().ToLowerInvariant()}.");
        }
    }
}
