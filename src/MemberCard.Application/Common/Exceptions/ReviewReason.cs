namespace MemberCard.Application.Common.Exceptions;

public sealed record ReviewReason(string Code, string Field, string Message);
