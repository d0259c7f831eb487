namespace MemberCard.Application.Returns.ReturnPurchase;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Common.Points;
using MemberCard.Application.StoredValue.Common;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Points;
using MemberCard.Domain.Purchases;
using Microsoft.EntityFrameworkCore;

public sealed class ReturnPurchaseCommandHandler(IMemberCardDbContext db, ICurrentPrincipal principal, PointsDesk desk, StoredValueCheckout storedValue, TimeProvider clock)
    : ICommandHandler<ReturnPurchaseCommand, ReturnReceipt>
{
    public async ValueTask<ReturnReceipt> Handle(ReturnPurchaseCommand command, CancellationToken cancellationToken)
    {
        var branchId = await SellingBranchAsync(command.BranchCode, cancellationToken);
        var receiptNo = command.ReceiptNo.Trim();

        // The branch filter makes another branch's receipt invisible: only the selling branch (or HQ) returns it.
        var memberId = await db.Purchases.Where(p => p.BranchId == branchId && p.ReceiptNo == receiptNo)
            .Select(p => (Domain.Members.MemberId?)p.MemberId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("purchase.not_found", "No such receipt at this branch.");

        var (_, wallet) = await desk.OpenWalletAsync(memberId, cancellationToken);
        var purchase = await db.Purchases.Include(p => p.Lines).Include(p => p.Returns)
            .SingleAsync(p => p.BranchId == branchId && p.ReceiptNo == receiptNo, cancellationToken);
        var programme = await desk.ProgrammeAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var context = new PointsContext(now, programme.BusinessDate(now), principal.Kind == PrincipalKind.Branch ? principal.BranchId.Value : branchId.Value);

        var expired = purchase.EarnedLotId is { } lotId
            ? -await db.PointsLedger.IgnoreQueryFilters()
                .Where(e => e.LotId == lotId && e.Kind == LedgerEntryKind.Expire).SumAsync(e => e.Points, cancellationToken)
            : 0;
        var lines = command.Lines!.Select(l => new ReturnLine(l.LineNo!.Value, l.Quantity!.Value)).ToList();
        var record = purchase.Return(lines, branchId, wallet, programme, context, expired);
        desk.Keep(wallet);
        var balanceBack = await storedValue.ReturnAsync(purchase, record, now, context.BusinessDate, context.BranchId!.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        return new ReturnReceipt(
            purchase.Id.Value, purchase.ReceiptNo, record.Sequence, command.Lines!,
            Yuan.Of(record.ReturnedAmount), Yuan.Of(record.MoneyRefund),
            record.PointsRefunded, record.PointsReversed, record.PointsShortfall, Yuan.Of(record.CashToCollect), record.PointsExpiredForgiven,
            wallet.Balance, purchase.IsFullyReturned, balanceBack);
    }

    private async Task<BranchId> SellingBranchAsync(string? branchCode, CancellationToken cancellationToken)
    {
        if (principal.Kind == PrincipalKind.Branch)
        {
            return principal.BranchId;
        }

        if (string.IsNullOrWhiteSpace(branchCode))
        {
            throw new InvalidInputException("branchCode", "branch.required", "Head office must name the branch of the receipt.");
        }

        var code = branchCode.Trim().ToUpperInvariant();
        return await db.Branches.Where(b => b.Code == code).Select(b => (BranchId?)b.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("branch.not_found", "No such branch.");
    }
}
