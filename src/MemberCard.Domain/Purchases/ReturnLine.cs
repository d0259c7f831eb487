namespace MemberCard.Domain.Purchases;

public sealed record ReturnLine(int LineNo, decimal Quantity);
