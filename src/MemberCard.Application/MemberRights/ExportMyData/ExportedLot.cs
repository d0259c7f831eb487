namespace MemberCard.Application.MemberRights.ExportMyData;

public sealed record ExportedLot(string Source, DateOnly CreditedOn, DateOnly ExpiresOn, long Original, long Remaining, Guid? PurchaseId);
