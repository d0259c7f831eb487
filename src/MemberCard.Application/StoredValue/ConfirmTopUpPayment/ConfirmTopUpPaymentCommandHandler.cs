namespace MemberCard.Application.StoredValue.ConfirmTopUpPayment;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Points;
using MemberCard.Application.StoredValue.Common;
using MemberCard.Domain.Common;
using MemberCard.Domain.StoredValue;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Credits a paid online order once. The caller is no principal of ours: the verified signature is what
/// authorises reading the order past the filters. Providers repeat notices, so a repeat for the same
/// transaction answers as the first did and credits nothing; a paid order that can no longer be credited
/// (card frozen, limit reached since) is recorded as rejected for the provider to pay back.
/// </summary>
public sealed class ConfirmTopUpPaymentCommandHandler(
    IMemberCardDbContext db, IPaymentConfirmations payments, PointsDesk points, StoredValueDesk desk, TimeProvider clock)
    : ICommandHandler<ConfirmTopUpPaymentCommand, TopUpOrderDto>
{
    public async ValueTask<TopUpOrderDto> Handle(ConfirmTopUpPaymentCommand command, CancellationToken cancellationToken)
    {
        var confirmation = payments.Verify(command.Body, command.Timestamp, command.Signature)
            ?? throw new ForbiddenException("payment.signature_invalid", "The payment confirmation is not signed by the provider.");

        var memberId = await db.StoredValueTopUps.IgnoreQueryFilters()
            .Where(t => t.ReceiptNo == confirmation.TradeNo && t.Channel == TopUpChannel.Online)
            .Select(t => (Domain.Members.MemberId?)t.MemberId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("stored_value.order_not_found", "No such top-up order.");
        await desk.LockAsync(memberId, cancellationToken);
        var order = await db.StoredValueTopUps.IgnoreQueryFilters()
            .SingleAsync(t => t.ReceiptNo == confirmation.TradeNo && t.Channel == TopUpChannel.Online, cancellationToken);

        if (order.Status != TopUpStatus.Pending)
        {
            return order.TransactionId == confirmation.TransactionId
                ? TopUpOrderDto.From(order)
                : throw new DomainException("stored_value.order_settled", "The order was already settled by another transaction.");
        }

        if (confirmation.AmountFen != (long)(order.Principal * 100m))
        {
            throw new DomainException("payment.amount_mismatch", "The amount paid is not the amount of the order.");
        }

        var now = clock.GetUtcNow();
        var member = await db.Members.IgnoreQueryFilters().Include(m => m.Cards).SingleAsync(m => m.Id == memberId, cancellationToken);
        var programme = await points.ProgrammeAsync(cancellationToken);
        var today = programme.BusinessDate(now);
        var account = await desk.AccountAsync(memberId, now, cancellationToken);
        try
        {
            // The balance is the member's: a card reissued since the order still receives it.
            member.CurrentCard.EnsureCanTransact();
            account.TopUp(Money.Create(order.Principal), Money.Create(order.Bonus), StoredValueDesk.MaxBalance(programme),
                new StoredValueContext(now, today, order.BranchId.Value, order.CardNumber, TopUpId: order.Id));
            order.Credit(confirmation.TransactionId, now);
            await desk.ApplyDepositTierAsync(member, programme, today, order.Principal, now, cancellationToken);
            desk.Keep(account);
        }
        catch (DomainException refused) when (refused.Code is "card.not_active" or "stored_value.over_limit" or "member.no_current_card")
        {
            order.Reject(confirmation.TransactionId, refused.Code, now);
            if (db.StoredValueAccounts.Entry(account).State == EntityState.Added)
            {
                db.StoredValueAccounts.Entry(account).State = EntityState.Detached;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return TopUpOrderDto.From(order);
    }
}
