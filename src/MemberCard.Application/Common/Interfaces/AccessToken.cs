namespace MemberCard.Application.Common.Interfaces;

public sealed record AccessToken(string Token, int ExpiresInSeconds);
