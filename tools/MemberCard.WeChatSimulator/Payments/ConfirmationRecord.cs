namespace MemberCard.WeChatSimulator.Payments;

/// <summary>
/// One signed confirmation sent to the API and how it answered; <see cref="Status"/> is null when it got no HTTP
/// answer (see <see cref="Error"/>). <see cref="Forged"/> marks one signed with a secret the API does not share.
/// </summary>
public sealed record ConfirmationRecord(
    string Body,
    string Timestamp,
    bool Forged,
    int? Status,
    string? Reply,
    string? Error,
    DateTimeOffset At);
