namespace MemberCard.Application.WeChat.Deliveries;

using MemberCard.Domain.Points;
using MemberCard.Domain.Programme;

/// <summary>What the shopper reads on their WeChat card: the tier's name and the last change in a few characters.</summary>
public static class WeChatCardText
{
    public static string TierName(Tier tier) => tier switch
    {
        Tier.Silver => "银卡会员",
        Tier.Gold => "金卡会员",
        Tier.Diamond => "钻石会员",
        _ => "普通会员",
    };

    public static string Record(LedgerEntryKind? lastChange) => lastChange switch
    {
        LedgerEntryKind.Earn => "消费获得积分",
        LedgerEntryKind.Redeem => "兑换礼品",
        LedgerEntryKind.Payment => "积分抵现",
        LedgerEntryKind.Reverse => "退货扣回积分",
        LedgerEntryKind.Refund => "退货返还积分",
        LedgerEntryKind.Expire => "积分到期",
        LedgerEntryKind.Adjust => "积分调整",
        LedgerEntryKind.Gift => "赠送积分",
        LedgerEntryKind.Forfeit => "退会积分清零",
        _ => "会员信息更新",
    };
}
