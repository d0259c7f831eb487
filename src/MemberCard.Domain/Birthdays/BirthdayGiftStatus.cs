namespace MemberCard.Domain.Birthdays;

/// <summary>Issued → Collected (the member signed for it) or Returned (back to stock, not collected); both final.</summary>
public enum BirthdayGiftStatus
{
    Issued,
    Collected,
    Returned,
}
