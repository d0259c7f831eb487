namespace MemberCard.Application.Campaigns.CreateCampaign;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

public sealed class CreateCampaignCommandHandler(IMemberCardDbContext db, TimeProvider clock) : ICommandHandler<CreateCampaignCommand, CampaignDto>
{
    public async ValueTask<CampaignDto> Handle(CreateCampaignCommand command, CancellationToken cancellationToken)
    {
        var branchIds = (command.BranchIds ?? []).Distinct().ToList();
        var typedIds = branchIds.Select(id => new BranchId(id)).ToList();
        var known = await db.Branches.CountAsync(b => typedIds.Contains(b.Id), cancellationToken);
        if (known != branchIds.Count)
        {
            throw new InvalidInputException("branchIds", "branch.not_found", "A listed branch does not exist.");
        }

        var campaign = PointsCampaign.Create(command.Name!, command.Multiplier!.Value, command.StartsOn!.Value, command.EndsOn!.Value,
            branchIds, command.Categories ?? [], clock.GetUtcNow());
        db.PointsCampaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        return CampaignDto.From(campaign);
    }
}
