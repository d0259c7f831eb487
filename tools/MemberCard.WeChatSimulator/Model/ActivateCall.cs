namespace MemberCard.WeChatSimulator.Model;

internal sealed record ActivateCall(
    string Code,
    string? CardId,
    string MembershipNumber,
    long? InitBonus,
    long? InitBalance,
    string? InitCustomFieldValue1,
    string? InitCustomFieldValue2,
    string? InitCustomFieldValue3);
