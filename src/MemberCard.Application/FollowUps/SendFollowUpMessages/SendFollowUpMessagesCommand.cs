namespace MemberCard.Application.FollowUps.SendFollowUpMessages;

using Mediator;

/// <summary>
/// Sends up to <see cref="BatchSize"/> open message tasks due at or before <see cref="DueBy"/> through the
/// notification port and marks them done; returns how many it sent.
/// </summary>
public sealed record SendFollowUpMessagesCommand(DateTimeOffset DueBy, int BatchSize) : ICommand<int>;
