namespace MemberCard.Application.Birthdays.ListBirthdays;

using MemberCard.Application.Common.Security;

/// <summary>A birthday of the month, with the gift already issued for that year if any.</summary>
public sealed record BirthdayListItemDto(
    MaskedMemberDto Member,
    DateOnly Birthday,
    string? CardNumber,
    Guid HomeBranchId,
    Guid? GiftId,
    string? GiftStatus);
