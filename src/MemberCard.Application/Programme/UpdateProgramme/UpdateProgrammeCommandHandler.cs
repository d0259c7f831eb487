namespace MemberCard.Application.Programme.UpdateProgramme;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Programme;
using Microsoft.EntityFrameworkCore;

public sealed class UpdateProgrammeCommandHandler(IMemberCardDbContext db, TimeProvider clock)
    : ICommandHandler<UpdateProgrammeCommand, ProgrammeDto>
{
    public async ValueTask<ProgrammeDto> Handle(UpdateProgrammeCommand command, CancellationToken cancellationToken)
    {
        var defaultBranch = command.DefaultOnlineBranchCode?.Trim().ToUpperInvariant();
        if (defaultBranch is not null && !await db.Branches.AnyAsync(b => b.Code == defaultBranch, cancellationToken))
        {
            throw new InvalidInputException("defaultOnlineBranchCode", "branch.not_found", "No branch has this code.");
        }

        var programme = await db.Programme.SingleAsync(cancellationToken);
        programme.Update(
            new ProgrammeChange(
                command.TimeZone!,
                command.Tiers!.Select(t => TierRule.Create(t.Tier!.Value, t.DiscountRate!.Value, t.PointsMultiplier!.Value, t.SpendThreshold!.Value, t.Benefits ?? string.Empty)).ToList(),
                command.SinglePurchaseUpgradeThreshold!.Value,
                command.UpgradeSpendWindowMonths!.Value,
                command.DowngradeReviewWindowMonths!.Value,
                command.BirthdayDiscountRate!.Value,
                command.BirthdayPointsMultiplier!.Value,
                command.PointsExpiryMonths!.Value,
                command.PointsPerYuan!.Value,
                command.CardValidityMonths,
                defaultBranch,
                command.MaxPointsMultiplier),
            clock.GetUtcNow());
        programme.UpdatePointsRules(
            command.Milestones?.Select(m => MilestoneRule.Create(m.Points!.Value, m.GiftValue!.Value)).ToList() ?? programme.Milestones,
            command.MilestoneClaimMonths ?? programme.MilestoneClaimMonths,
            command.RedemptionMonths ?? programme.RedemptionMonths,
            clock.GetUtcNow());
        if (command.ComplaintResponseHours is { } hours)
        {
            programme.UpdateComplaintResponseHours(hours, clock.GetUtcNow());
        }

        if (command.FollowUpCadence is { } cadence)
        {
            programme.UpdateFollowUpCadence(
                new FollowUpCadenceRule(cadence.ThankYouMinutes!.Value, cadence.CareDays!.Value, cadence.GreetingWeeks!.Value, cadence.CallMonths!),
                clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return ProgrammeDto.From(programme);
    }
}
