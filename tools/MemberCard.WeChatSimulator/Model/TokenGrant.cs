namespace MemberCard.WeChatSimulator.Model;

internal readonly record struct TokenGrant(string AccessToken, int ExpiresIn);
