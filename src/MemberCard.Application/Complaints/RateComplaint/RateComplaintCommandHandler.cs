namespace MemberCard.Application.Complaints.RateComplaint;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;

public sealed class RateComplaintCommandHandler(IMemberCardDbContext db, ICurrentPrincipal principal, TimeProvider clock)
    : ICommandHandler<RateComplaintCommand, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(RateComplaintCommand command, CancellationToken cancellationToken)
    {
        var member = await CardTarget.LoadShopperAsync(db, principal, cancellationToken);
        var complaint = await ComplaintViews.LoadAsync(db, command.ComplaintId, cancellationToken);

        // The filter lets a shopper see only their own complaints; this states it where the rating happens.
        if (complaint.MemberId != member.Id)
        {
            throw new NotFoundException("complaint.not_found", "No such complaint.");
        }

        var now = clock.GetUtcNow();
        complaint.Rate(command.Score!.Value, now);
        await db.SaveChangesAsync(cancellationToken);
        return await ComplaintViews.ToDtoAsync(db, complaint, now, cancellationToken);
    }
}
