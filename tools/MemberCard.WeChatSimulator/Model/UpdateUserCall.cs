namespace MemberCard.WeChatSimulator.Model;

using System.Text.Json;

internal sealed record UpdateUserCall(
    string Code,
    string CardId,
    long? Bonus,
    long? AddBonus,
    string? RecordBonus,
    long? Balance,
    long? AddBalance,
    string? CustomFieldValue1,
    string? CustomFieldValue2,
    string? CustomFieldValue3,
    JsonElement? NotifyOptional);
