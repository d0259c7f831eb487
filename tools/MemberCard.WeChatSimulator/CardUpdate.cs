namespace MemberCard.WeChatSimulator;

using System.Text.Json;

/// <summary>
/// One accepted <c>/card/membercard/updateuser</c> call as sent, with the balances it left. A non-null
/// <see cref="AddBonus"/> is recorded so tests can catch a client that sends deltas instead of the absolute bonus.
/// </summary>
public sealed record CardUpdate(
    long? Bonus,
    long? AddBonus,
    string? RecordBonus,
    long? Balance,
    long? AddBalance,
    string? CustomFieldValue1,
    string? CustomFieldValue2,
    string? CustomFieldValue3,
    JsonElement? NotifyOptional,
    long ResultBonus,
    long ResultBalance,
    DateTimeOffset At);
