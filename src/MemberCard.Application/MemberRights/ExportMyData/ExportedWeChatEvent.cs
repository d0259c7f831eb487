namespace MemberCard.Application.MemberRights.ExportMyData;

/// <summary>An event WeChat pushed about the member's card: what and when, without the openid or card code it carried.</summary>
public sealed record ExportedWeChatEvent(string Event, DateTimeOffset ReceivedAt, string Outcome);
