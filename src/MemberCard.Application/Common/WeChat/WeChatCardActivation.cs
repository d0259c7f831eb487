namespace MemberCard.Application.Common.WeChat;

/// <param name="Code">The card's code in the user's card package.</param>
/// <param name="MembershipNumber">Our card number, shown on the WeChat card.</param>
/// <param name="InitialPoints">The absolute points balance at activation.</param>
/// <param name="TierName">Shown in custom field 1.</param>
public sealed record WeChatCardActivation(string Code, string MembershipNumber, long InitialPoints, string TierName);
