namespace MemberCard.Api.Endpoints;

using MemberCard.Domain.FollowUps;

// Request bodies of the member-service routes (birthday gifts, follow-ups); see Requests.cs for why they are the API's own.

public sealed record BirthdayGiftRequest(Guid? MemberId, string? CardNumber, string? GiftName, string? Description, int? Year);

public sealed record FollowUpCompletionRequest(FollowUpOutcome? Outcome, string? Note);
