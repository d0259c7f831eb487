namespace MemberCard.Domain.Purchases;

using System.Text.Json;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members;
using MemberCard.Domain.Points;
using MemberCard.Domain.Programme;

/// <summary>
/// A committed checkout at a branch, identified by its receipt number within the branch. It keeps what each
/// line paid, in money and in points, and what it earned, so any later return can be undone exactly.
/// </summary>
public sealed class Purchase : AggregateRoot
{
    public const int ReceiptNoMaxLength = 64;
    public const int IdempotencyKeyMaxLength = 100;

    private readonly List<PurchaseLine> _lines = [];
    private readonly List<PurchaseReturn> _returns = [];

    private Purchase()
    {
        ReceiptNo = string.Empty;
        CardNumber = string.Empty;
        RequestHash = string.Empty;
    }

    public PurchaseId Id { get; private set; }

    public BranchId BranchId { get; private set; }

    public string ReceiptNo { get; private set; }

    public MemberId MemberId { get; private set; }

    public string CardNumber { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateOnly BusinessDate { get; private set; }

    public Tier TierBefore { get; private set; }

    public Tier TierAfter { get; private set; }

    public bool IsBirthday { get; private set; }

    public bool IsCardApplicationPurchase { get; private set; }

    public decimal ListAmount { get; private set; }

    public decimal DiscountAmount { get; private set; }

    /// <summary>What the goods cost after discounts; the spend that counts toward tiers.</summary>
    public decimal NetAmount { get; private set; }

    public long PointsUsed { get; private set; }

    public decimal PointsValue { get; private set; }

    /// <summary>Paid in money (cash, bank card, WeChat Pay, …).</summary>
    public decimal AmountDue { get; private set; }

    public long PointsEarned { get; private set; }

    public PointsLotId? EarnedLotId { get; private set; }

    public decimal ReturnedAmount { get; private set; }

    /// <summary>Earned points taken back, settled in cash or forgiven because they had expired, so far.</summary>
    public long PointsReversalSettled { get; private set; }

    /// <summary>Earned points a return did not take back because they had already expired.</summary>
    public long PointsExpiredForgiven { get; private set; }

    /// <summary>SHA-256 of the canonical request, to tell a retry from a different purchase under the same receipt.</summary>
    public string RequestHash { get; private set; }

    public string? IdempotencyKey { get; private set; }

    /// <summary>The response of the first commit, replayed verbatim to retries.</summary>
    public string? ResponseJson { get; private set; }

    public IReadOnlyCollection<PurchaseLine> Lines => _lines.AsReadOnly();

    public IReadOnlyCollection<PurchaseReturn> Returns => _returns.AsReadOnly();

    public bool IsFullyReturned => _lines.All(l => l.ReturnedQuantity == l.Quantity);

    /// <summary>
    /// Commits a priced basket: spends the points used as payment, credits the points earned as a new lot,
    /// and records the purchase. The card must be active.
    /// </summary>
    public static Purchase Commit(
        BranchId branchId,
        string receiptNo,
        Member member,
        Card card,
        Quote quote,
        bool isCardApplicationPurchase,
        PointsWallet wallet,
        ProgrammeSettings programme,
        PointsContext context,
        string requestHash,
        string? idempotencyKey)
    {
        card.EnsureCanTransact();
        var purchase = new Purchase
        {
            Id = PurchaseId.New(),
            BranchId = branchId,
            ReceiptNo = receiptNo,
            MemberId = member.Id,
            CardNumber = card.Number.Value,
            OccurredAt = context.OccurredAt,
            BusinessDate = context.BusinessDate,
            TierBefore = member.Tier,
            TierAfter = member.Tier,
            IsBirthday = quote.IsBirthday,
            IsCardApplicationPurchase = isCardApplicationPurchase,
            ListAmount = quote.ListAmount,
            DiscountAmount = quote.DiscountAmount,
            NetAmount = quote.NetAmount,
            PointsUsed = quote.PointsUsed,
            PointsValue = quote.PointsValue,
            AmountDue = quote.AmountDue,
            PointsEarned = quote.PointsToEarn,
            RequestHash = requestHash,
            IdempotencyKey = idempotencyKey,
        };
        purchase._lines.AddRange(quote.Lines.Select(q => PurchaseLine.From(purchase.Id, q)));

        var purchaseContext = context with { PurchaseId = purchase.Id.Value, CardNumber = card.Number.Value };
        if (quote.PointsUsed > 0)
        {
            wallet.Spend(LedgerEntryKind.Payment, quote.PointsUsed, purchaseContext);
        }

        if (quote.PointsToEarn > 0)
        {
            var earned = wallet.Credit(LedgerEntryKind.Earn, quote.PointsToEarn, context.BusinessDate.AddMonths(programme.PointsExpiryMonths), purchaseContext);
            purchase.EarnedLotId = earned.LotId;
        }

        purchase.Raise(new PurchaseCommitted(purchase.Id, branchId, member.Id, member.HomeBranchId, member.Tier, context.OccurredAt));
        return purchase;
    }

    /// <summary>The member's tier once this purchase counted toward it; the commit's event carries it too.</summary>
    public void RecordTierAfter(Tier tier)
    {
        TierAfter = tier;
        if (DomainEvents.OfType<PurchaseCommitted>().SingleOrDefault() is { } committed)
        {
            ReplaceEvent(committed with { TierAfter = tier });
        }
    }

    public void StoreResponse(string responseJson) => ResponseJson = responseJson;

    /// <summary>
    /// Returns some lines: refunds the points that paid for them (as a new lot), takes back the points they
    /// earned (cumulatively floored, as at earning) as far as the balance allows, and prices the rest as cash
    /// the till collects at the programme's rate, rounded up to the fen. Earned points that already expired
    /// (<paramref name="expiredFromEarnedLot"/>) are gone from the member anyway: they are forgiven, not charged.
    /// </summary>
    public PurchaseReturn Return(
        IReadOnlyList<ReturnLine> lines, BranchId branchId, PointsWallet wallet, ProgrammeSettings programme, PointsContext context,
        long expiredFromEarnedLot)
    {
        if (lines.Count == 0)
        {
            throw new DomainException("return.no_lines", "A return names at least one line.");
        }

        if (lines.Select(l => l.LineNo).Distinct().Count() != lines.Count)
        {
            throw new DomainException("return.duplicate_line", "Each line appears once in a return.");
        }

        var targets = lines.Select(r => (Request: r, Line: _lines.SingleOrDefault(l => l.LineNo == r.LineNo)
            ?? throw new DomainException("return.unknown_line", $"The receipt has no line {r.LineNo}."))).ToList();
        foreach (var (request, line) in targets)
        {
            if (request.Quantity <= 0 || request.Quantity > line.ReturnableQuantity)
            {
                throw new DomainException("return.exceeds_purchase",
                    $"Line {line.LineNo}: at most {line.ReturnableQuantity:0.###} can still be returned.");
            }
        }

        decimal returnedAmount = 0;
        long pointsRefund = 0;
        foreach (var (request, line) in targets)
        {
            var (amount, points) = line.Return(request.Quantity);
            returnedAmount += amount;
            pointsRefund += points;
        }

        var reversalDue = (long)decimal.Floor(_lines.Sum(l => l.ReturnedEarnWeight));
        reversalDue = Math.Min(reversalDue, PointsEarned) - PointsReversalSettled;

        var returnContext = context with { PurchaseId = Id.Value, CardNumber = CardNumber };
        if (pointsRefund > 0)
        {
            var expires = BusinessDate.AddMonths(programme.PointsExpiryMonths);
            wallet.Credit(LedgerEntryKind.Refund, pointsRefund, expires > context.BusinessDate ? expires : context.BusinessDate.AddDays(1), returnContext);
        }

        var forgiven = Math.Min(reversalDue, Math.Max(0, expiredFromEarnedLot - PointsExpiredForgiven));
        var (reversed, shortfall) = wallet.Reverse(reversalDue - forgiven, EarnedLotId, returnContext);
        var cashToCollect = decimal.Ceiling(shortfall * 100m / programme.PointsPerYuan) / 100m;
        PointsExpiredForgiven += forgiven;
        PointsReversalSettled += reversalDue;
        ReturnedAmount += returnedAmount;
        var moneyRefund = returnedAmount - pointsRefund / (decimal)programme.PointsPerYuan;

        var record = PurchaseReturn.Record(Id, _returns.Count + 1, branchId, context.OccurredAt, context.BusinessDate,
            JsonSerializer.Serialize(lines.Select(l => new { lineNo = l.LineNo, quantity = l.Quantity })),
            returnedAmount, moneyRefund, pointsRefund, reversed?.Points is { } p ? -p : 0, shortfall, cashToCollect, forgiven);
        _returns.Add(record);
        Raise(new PurchaseReturned(Id, MemberId, BusinessDate, IsFullyReturned, context.OccurredAt, context.BusinessDate));
        return record;
    }
}
