namespace MemberCard.Application.Points.AdjustPoints;

using Mediator;
using MemberCard.Application.Points.Common;

/// <summary>A head-office correction of a member's points, positive or negative, with a reason for the audit trail.</summary>
public sealed record AdjustPointsCommand(Guid MemberId, long? Points, string? Reason) : ICommand<LedgerEntryDto>;
