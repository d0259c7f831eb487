namespace MemberCard.Application.MemberRights.ExportMyData;

public sealed record ExportedProfile(
    string Name,
    string Gender,
    DateOnly BirthDate,
    string Phone,
    bool PhoneVerified,
    string? PendingPhone,
    string? Address,
    string? Email,
    string Status,
    string Tier,
    Guid HomeBranchId,
    string? HomeBranchName,
    string Channel,
    DateTimeOffset JoinedAt,
    DateTimeOffset UpdatedAt);
