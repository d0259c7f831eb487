namespace MemberCard.Application.Complaints.AcknowledgeComplaint;

using Mediator;
using MemberCard.Application.Common.Interfaces;

public sealed class AcknowledgeComplaintCommandHandler(IMemberCardDbContext db, TimeProvider clock)
    : ICommandHandler<AcknowledgeComplaintCommand, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(AcknowledgeComplaintCommand command, CancellationToken cancellationToken)
    {
        var complaint = await ComplaintViews.LoadAsync(db, command.ComplaintId, cancellationToken);
        var now = clock.GetUtcNow();
        complaint.Acknowledge(now);
        await db.SaveChangesAsync(cancellationToken);
        return await ComplaintViews.ToDtoAsync(db, complaint, now, cancellationToken);
    }
}
