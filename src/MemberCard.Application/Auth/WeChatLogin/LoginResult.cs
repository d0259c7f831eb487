namespace MemberCard.Application.Auth.WeChatLogin;

public sealed record LoginResult(string AccessToken, int ExpiresIn, string OpenId, Guid? MemberId);
