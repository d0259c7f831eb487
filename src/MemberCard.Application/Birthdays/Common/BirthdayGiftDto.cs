namespace MemberCard.Application.Birthdays.Common;

using MemberCard.Application.Common.Security;

public sealed record BirthdayGiftDto(
    Guid Id,
    Guid BranchId,
    MaskedMemberDto Member,
    int Year,
    string GiftName,
    string? Description,
    string Status,
    DateTimeOffset IssuedAt,
    DateOnly IssuedOn,
    DateTimeOffset? CollectedAt,
    DateTimeOffset? ReturnedAt);
