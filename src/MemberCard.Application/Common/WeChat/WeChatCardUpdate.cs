namespace MemberCard.Application.Common.WeChat;

/// <param name="Code">The card's code in the user's card package.</param>
/// <param name="Points">The absolute balance from our ledger (WeChat's <c>bonus</c>).</param>
/// <param name="RecordText">Change record shown to the user (≤ 14 Chinese characters; longer text is cut).</param>
/// <param name="TierName">Shown in custom field 1.</param>
/// <param name="BalanceFen">Stored-value balance in fen, when that programme is on (WeChat's <c>balance</c>).</param>
public sealed record WeChatCardUpdate(string Code, long Points, string RecordText, string TierName, long? BalanceFen = null);
