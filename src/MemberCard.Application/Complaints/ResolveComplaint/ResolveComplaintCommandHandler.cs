namespace MemberCard.Application.Complaints.ResolveComplaint;

using System.Globalization;
using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Notifications;

public sealed class ResolveComplaintCommandHandler(IMemberCardDbContext db, TimeProvider clock)
    : ICommandHandler<ResolveComplaintCommand, ComplaintDto>
{
    public const string NoticeTemplate = "complaint.resolved";

    public async ValueTask<ComplaintDto> Handle(ResolveComplaintCommand command, CancellationToken cancellationToken)
    {
        var complaint = await ComplaintViews.LoadAsync(db, command.ComplaintId, cancellationToken);
        var now = clock.GetUtcNow();
        complaint.Resolve(command.Resolution!, now);
        if (complaint.MemberId is { } memberId)
        {
            // The resolution text stays out of the notice: staff may have written a name or phone into it.
            MemberNotices.Enqueue(db, memberId, new MemberNotice(NoticeTemplate, new Dictionary<string, string>
            {
                ["complaintId"] = complaint.Id.ToString(),
                ["category"] = complaint.Category.ToString(),
                ["resolvedAt"] = now.ToString("O", CultureInfo.InvariantCulture),
            }), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await ComplaintViews.ToDtoAsync(db, complaint, now, cancellationToken);
    }
}
