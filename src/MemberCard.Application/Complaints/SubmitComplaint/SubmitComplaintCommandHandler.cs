namespace MemberCard.Application.Complaints.SubmitComplaint;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

public sealed class SubmitComplaintCommandHandler(
    IMemberCardDbContext db, ICurrentPrincipal principal, TimeProvider clock)
    : ICommandHandler<SubmitComplaintCommand, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(SubmitComplaintCommand command, CancellationToken cancellationToken)
    {
        var member = await CardTarget.LoadShopperAsync(db, principal, cancellationToken);
        var branchId = member.HomeBranchId;
        if (command.BranchCode is { Length: > 0 } code)
        {
            branchId = await db.Branches.AsNoTracking().Where(b => b.Code == code).Select(b => b.Id).SingleOrDefaultAsync(cancellationToken);
            if (branchId == default)
            {
                throw new InvalidInputException("branchCode", "branch.not_found", "No branch has this code.");
            }
        }

        var now = clock.GetUtcNow();
        var card = member.Cards.Where(c => c.IsCurrent).Select(c => c.Number.Value).SingleOrDefault();
        var complaint = Complaint.Submit(branchId, member.Id, card, ComplaintSource.Member, command.Channel ?? ComplaintChannel.MiniProgram,
            command.Category!.Value, command.Content!, now, await ComplaintViews.DueAtAsync(db, now, cancellationToken));
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(cancellationToken);
        return await ComplaintViews.ToDtoAsync(db, complaint, now, cancellationToken);
    }
}
