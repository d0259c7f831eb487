namespace MemberCard.Application.FollowUps.CompleteFollowUp;

using Mediator;
using MemberCard.Application.FollowUps.Common;
using MemberCard.Domain.FollowUps;

/// <summary>Staff record how a follow-up went; the task is then done.</summary>
public sealed record CompleteFollowUpCommand(Guid TaskId, FollowUpOutcome? Outcome, string? Note) : ICommand<FollowUpTaskDto>;
