namespace MemberCard.Application.Milestones.CollectMilestoneClaim;

using Mediator;

/// <summary>The member collects their milestone gift at their home branch.</summary>
public sealed record CollectMilestoneClaimCommand(Guid ClaimId) : ICommand<MilestoneClaimDto>;
