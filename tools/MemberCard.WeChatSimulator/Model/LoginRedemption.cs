namespace MemberCard.WeChatSimulator.Model;

internal readonly record struct LoginRedemption(int ErrCode, string? OpenId, string? UnionId);
