namespace MemberCard.Domain.Members.Events;

using System.Text.Json.Serialization;

/// <summary>
/// The card ended for good (exit). <paramref name="WeChatCode"/> is the card's code in the shopper's WeChat card
/// package at that moment: the card itself forgets it (erasure), but WeChat must still be told to retire it. It is
/// a token, so it goes to the outbox and never to the audit trail.
/// </summary>
public sealed record CardCancelled(
    MemberId MemberId,
    CardNumber CardNumber,
    DateTimeOffset OccurredAt,
    [property: JsonIgnore] string? WeChatCode = null) : IMemberEvent
{
    public string Action => "card.cancelled";
}
