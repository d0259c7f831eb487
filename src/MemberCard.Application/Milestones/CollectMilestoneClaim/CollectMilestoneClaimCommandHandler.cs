namespace MemberCard.Application.Milestones.CollectMilestoneClaim;

using Mediator;
using MemberCard.Application.Checkout.Common;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

public sealed class CollectMilestoneClaimCommandHandler(IMemberCardDbContext db, ICurrentPrincipal principal, TimeProvider clock)
    : ICommandHandler<CollectMilestoneClaimCommand, MilestoneClaimDto>
{
    public async ValueTask<MilestoneClaimDto> Handle(CollectMilestoneClaimCommand command, CancellationToken cancellationToken)
    {
        var branchId = CheckoutPricing.RequireBranch(principal);

        // Scoped like the member: another branch's member's claim is not found.
        var claim = await db.MilestoneClaims.SingleOrDefaultAsync(c => c.Id == command.ClaimId, cancellationToken)
            ?? throw new NotFoundException("milestone.not_found", "No such gift claim.");
        var now = clock.GetUtcNow();
        var today = (await db.Programme.AsNoTracking().SingleAsync(cancellationToken)).BusinessDate(now);
        claim.Claim(branchId.Value, now, today);
        await db.SaveChangesAsync(cancellationToken);
        return MilestoneClaimDto.From(claim);
    }
}
