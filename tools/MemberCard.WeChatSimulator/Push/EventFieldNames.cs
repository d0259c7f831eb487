namespace MemberCard.WeChatSimulator.Push;

/// <summary>
/// WeChat's spelling of card event elements. Control API callers often serialise with camelCase; mapping their
/// names back keeps <c>consumeSource</c> from arriving as an element our API would never read.
/// </summary>
internal static class EventFieldNames
{
    private static readonly Dictionary<string, string> Known = new[]
    {
        "CardId", "UserCardCode", "OuterStr", "OuterId", "UnionId", "IsGiveByFriend", "FriendUserName", "OldUserCardCode",
        "IsRestoreMemberCard", "IsReturnBack", "IsChatRoom", "ConsumeSource", "LocationId", "LocationName", "StaffOpenId",
        "VerifyCode", "RemarkAmount", "ModifyBonus", "ModifyBalance", "RefuseReason", "TransId", "Fee", "OriginalFee",
    }.ToDictionary(n => n, n => n, StringComparer.OrdinalIgnoreCase);

    public static string Canonical(string name) => Known.GetValueOrDefault(name, name);
}
