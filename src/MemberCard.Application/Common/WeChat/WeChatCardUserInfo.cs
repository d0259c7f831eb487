namespace MemberCard.Application.Common.WeChat;

/// <param name="Status">WeChat's user_card_status: NORMAL, EXPIRE, GIFTING, GIFT_SUCC, GIFT_TIMEOUT, DELETE, UNAVAILABLE.</param>
/// <param name="OpenId">The Official Account openid holding the card.</param>
/// <param name="Points">WeChat's bonus field.</param>
/// <param name="FormFields">Submitted activation form, e.g. <c>USER_FORM_INFO_FLAG_MOBILE</c> → value.</param>
public sealed record WeChatCardUserInfo(string Status, string? OpenId, long Points, IReadOnlyDictionary<string, string> FormFields);
