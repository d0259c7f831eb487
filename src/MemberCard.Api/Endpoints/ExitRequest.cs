namespace MemberCard.Api.Endpoints;

/// <summary>
/// Body of an exit. Empty (or without <c>confirm</c>) asks what would be forfeited; <c>confirm: true</c> with the
/// <c>forfeitPoints</c> the warning showed carries it out.
/// </summary>
public sealed record ExitRequest(bool? Confirm, long? ForfeitPoints);
