namespace MemberCard.WeChatSimulator;

/// <summary>One accepted <c>/card/membercard/activate</c> call; more than one means the card was activated again.</summary>
public sealed record CardActivation(
    string MembershipNumber,
    long? InitBonus,
    long? InitBalance,
    string? InitCustomFieldValue1,
    DateTimeOffset At);
