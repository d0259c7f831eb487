namespace MemberCard.Application.MemberRights.ExportMyData;

public sealed record ExportedCard(
    string Number,
    string Status,
    string Channel,
    Guid IssuingBranchId,
    string? IssuingBranchName,
    DateTimeOffset IssuedAt,
    DateTimeOffset? ActivatedAt,
    DateTimeOffset? FrozenAt,
    DateTimeOffset? ClosedAt,
    bool InWeChatPackage);
