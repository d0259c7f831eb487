namespace MemberCard.Application.Members.ListBranchMembers;

/// <summary>A list row: personal data masked, as in every list view.</summary>
public sealed record MemberListItemDto(
    Guid Id,
    string MaskedName,
    string MaskedPhone,
    string MaskedBirthDate,
    string? CardNumber,
    string? CardStatus,
    string Tier,
    string Status,
    Guid HomeBranchId,
    DateTimeOffset JoinedAt);
