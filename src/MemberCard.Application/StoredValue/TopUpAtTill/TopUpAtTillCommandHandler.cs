namespace MemberCard.Application.StoredValue.TopUpAtTill;

using System.Data.Common;
using System.Security.Cryptography;
using System.Text.Json;
using Mediator;
using MemberCard.Application.Checkout.Common;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Common.Points;
using MemberCard.Application.StoredValue.Common;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;
using MemberCard.Domain.StoredValue;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Credits a top-up paid at the till. The scanned card's member is locked first, so a retry of the same body
/// queues behind the first and then finds it; two bodies under one receipt meet at the unique receipt index.
/// </summary>
public sealed class TopUpAtTillCommandHandler(
    IMemberCardDbContext db, ICurrentPrincipal principal, PointsDesk points, StoredValueDesk desk, TimeProvider clock)
    : ICommandHandler<TopUpAtTillCommand, TopUpOutcome>
{
    private const string UniqueViolation = "23505";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<TopUpOutcome> Handle(TopUpAtTillCommand command, CancellationToken cancellationToken)
    {
        var branchId = CheckoutPricing.RequireBranch(principal);
        var receiptNo = command.ReceiptNo!.Trim();
        var requestHash = Hash(command with { IdempotencyKey = null });

        var scanned = await points.LockScannedAsync(command.Code!, cancellationToken);
        if (await EarlierAsync(branchId, receiptNo, command.IdempotencyKey, requestHash, cancellationToken) is { } replay)
        {
            return replay;
        }

        if (scanned is null)
        {
            throw new NotFoundException("card.not_found", "No such card.");
        }

        // Any till of the chain tops up any card, as it sells to any card: the member is loaded past the filter.
        var member = await db.Members.IgnoreQueryFilters().Include(m => m.Cards).SingleAsync(m => m.Id == scanned.MemberId, cancellationToken);
        var card = member.FindCard(scanned.CardNumber);
        card.EnsureCanTransact();

        var (principalPaid, bonus, package) = await TopUpPricing.PriceAsync(db, command.Amount, command.PackageId, cancellationToken);
        var programme = await points.ProgrammeAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = programme.BusinessDate(now);

        var topUp = StoredValueTopUp.AtTill(branchId, member.Id, card.Number, receiptNo, command.IdempotencyKey, requestHash,
            principalPaid, bonus, package?.Id, command.PaymentMethod?.ToLowerInvariant(), now);
        var account = await desk.AccountAsync(member.Id, now, cancellationToken);
        account.TopUp(principalPaid, bonus, StoredValueDesk.MaxBalance(programme),
            new StoredValueContext(now, today, branchId.Value, card.Number.Value, TopUpId: topUp.Id));
        var change = await desk.ApplyDepositTierAsync(member, programme, today, principalPaid.Yuan, now, cancellationToken);

        var receipt = new TopUpReceipt(topUp.Id, receiptNo, card.Number.Value, now, today, package?.Name,
            Yuan.Of(principalPaid.Yuan), Yuan.Of(bonus.Yuan), Yuan.Of(account.Principal), Yuan.Of(account.Bonus), Yuan.Of(account.Balance),
            member.Tier.ToString(), change?.Reason);
        var json = JsonSerializer.Serialize(receipt, Json);
        topUp.StoreResponse(json);
        db.StoredValueTopUps.Add(topUp);
        desk.Keep(account);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is DbException { SqlState: UniqueViolation } unique && ConflictOf(unique) is { } conflict)
        {
            // Another top-up under this receipt (or key), for another card, got there first: not a retry of it.
            throw conflict;
        }

        return new TopUpOutcome(receipt, json, Replayed: false);
    }

    private async Task<TopUpOutcome?> EarlierAsync(BranchId branchId, string receiptNo, string? key, string requestHash, CancellationToken cancellationToken)
    {
        var earlier = await db.StoredValueTopUps.AsNoTracking()
            .Where(t => t.BranchId == branchId && t.Channel == TopUpChannel.Till && (t.ReceiptNo == receiptNo || (key != null && t.IdempotencyKey == key)))
            .Select(t => new { t.ReceiptNo, t.RequestHash, t.ResponseJson })
            .FirstOrDefaultAsync(cancellationToken);
        if (earlier is null)
        {
            return null;
        }

        if (earlier.RequestHash != requestHash)
        {
            throw earlier.ReceiptNo == receiptNo ? ReceiptConflict() : KeyConflict();
        }

        var receipt = JsonSerializer.Deserialize<TopUpReceipt>(earlier.ResponseJson!, Json)!;
        return new TopUpOutcome(receipt, JsonSerializer.Serialize(receipt, Json), Replayed: true);
    }

    private static DomainException? ConflictOf(DbException unique) =>
        unique.Message.Contains("idempotency_key", StringComparison.Ordinal) ? KeyConflict()
        : unique.Message.Contains("receipt_no", StringComparison.Ordinal) ? ReceiptConflict()
        : null;

    private static DomainException ReceiptConflict() =>
        new("stored_value.receipt_conflict", "This receipt number was already used for a different top-up.");

    private static DomainException KeyConflict() =>
        new("stored_value.idempotency_key_conflict", "This Idempotency-Key was already used for another receipt.");

    private static string Hash(TopUpAtTillCommand command) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(command, Json)));
}
