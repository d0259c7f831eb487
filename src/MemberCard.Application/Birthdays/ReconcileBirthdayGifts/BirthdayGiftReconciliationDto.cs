namespace MemberCard.Application.Birthdays.ReconcileBirthdayGifts;

public sealed record BirthdayGiftReconciliationDto(
    string Period,
    DateOnly From,
    DateOnly To,
    string? Branch,
    BirthdayGiftGroupDto Issued,
    BirthdayGiftGroupDto Collected,
    BirthdayGiftGroupDto Returned,
    BirthdayGiftGroupDto Outstanding);
