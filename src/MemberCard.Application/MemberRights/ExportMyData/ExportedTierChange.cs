namespace MemberCard.Application.MemberRights.ExportMyData;

public sealed record ExportedTierChange(string From, string To, string Reason, decimal Basis, DateTimeOffset OccurredAt, Guid? PurchaseId);
