namespace MemberCard.Application.Returns.ReturnPurchase;

public sealed record ReturnLineInput(int? LineNo, decimal? Quantity);
