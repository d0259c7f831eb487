namespace MemberCard.Application.Complaints.RecordComplaint;

using Mediator;
using MemberCard.Application.Checkout.Common;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Points;
using MemberCard.Domain.Complaints;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

public sealed class RecordComplaintCommandHandler(
    IMemberCardDbContext db, ICurrentPrincipal principal, TimeProvider clock)
    : ICommandHandler<RecordComplaintCommand, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(RecordComplaintCommand command, CancellationToken cancellationToken)
    {
        var branchId = CheckoutPricing.RequireBranch(principal);
        MemberId? memberId = null;
        string? cardNumber = null;
        if ((command.CardNumber ?? command.Phone) is { } code)
        {
            // The till's reviewed cross-branch lookup: the member may be homed anywhere in the chain.
            var card = await ScannedCode.Cards(db, code).Select(c => new { c.MemberId, c.Number }).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidInputException(command.CardNumber is null ? "phone" : "cardNumber", "member.not_found", "No member has this card number or phone.");
            memberId = card.MemberId;
            cardNumber = card.Number.Value;
        }

        // Npgsql stores instants in UTC only; a deadline given with an offset is the same instant.
        var now = clock.GetUtcNow();
        var complaint = Complaint.Submit(branchId, memberId, cardNumber, ComplaintSource.Staff, command.Channel!.Value, command.Category!.Value,
            command.Content!, now, command.DueAt?.ToUniversalTime() ?? await ComplaintViews.DueAtAsync(db, now, cancellationToken));
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(cancellationToken);
        return await ComplaintViews.ToDtoAsync(db, complaint, now, cancellationToken);
    }
}
