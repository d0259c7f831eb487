namespace MemberCard.WeChatSimulator.Model;

internal readonly record struct UpdateUserOutcome(
    int ErrCode,
    string? OpenId,
    long ResultBonus,
    long ResultBalance,
    long ModifyBonus,
    long ModifyBalance);
