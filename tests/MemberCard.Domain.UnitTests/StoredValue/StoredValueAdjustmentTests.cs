namespace MemberCard.Domain.UnitTests.StoredValue;

using MemberCard.Domain.Common;
using MemberCard.Domain.Members;
using MemberCard.Domain.StoredValue;

public sealed class StoredValueAdjustmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 4, 0, 0, TimeSpan.Zero);
    private static readonly Money Limit = Money.Create(5000m);

    [Fact]
    public void Adjust_WhenBothPartsMove_RecordsOneAdjustEntryAndRaisesTheAuditedEvent()
    {
        var account = Funded(100m, 10m);

        var entry = account.Adjust(-20.5m, 5m, Limit, Context("double credit"));

        entry.Kind.ShouldBe(StoredValueEntryKind.Adjust);
        (entry.Principal, entry.Bonus, entry.PrincipalAfter, entry.BonusAfter).ShouldBe((-20.5m, 5m, 79.5m, 15m));
        entry.Reason.ShouldBe("double credit");
        (account.Principal, account.Bonus).ShouldBe((79.5m, 15m));
        var adjusted = account.DomainEvents.OfType<StoredValueAdjusted>().ShouldHaveSingleItem();
        adjusted.Action.ShouldBe("stored_value.adjusted");
        (adjusted.Principal, adjusted.Bonus).ShouldBe((-20.5m, 5m));
        account.DomainEvents.OfType<StoredValueBalanceChanged>().Last().Balance.ShouldBe(94.5m);
    }

    [Theory]
    [InlineData(-100.01, 0)]
    [InlineData(0, -10.01)]
    [InlineData(50, -10.01)]
    public void Adjust_WhenAPartWouldGoBelowZero_ThrowsAndChangesNothing(double principal, double bonus)
    {
        var account = Funded(100m, 10m);
        var entries = account.NewEntries.Count;

        var refused = Should.Throw<DomainException>(() => account.Adjust((decimal)principal, (decimal)bonus, Limit, Context("too much")));

        refused.Code.ShouldBe("stored_value.insufficient");
        (account.Principal, account.Bonus).ShouldBe((100m, 10m));
        account.NewEntries.Count.ShouldBe(entries);
    }

    [Fact]
    public void Adjust_WhenACreditWouldPassTheLimit_ThrowsButADebitAboveALoweredLimitIsAllowed()
    {
        var account = Funded(300m, 0m);

        var over = Should.Throw<DomainException>(() => account.Adjust(0m, 0.01m, Money.Create(300m), Context("over")));
        var lowered = account.Adjust(-10m, 0m, Money.Create(200m), Context("correction under a lowered limit"));

        over.Code.ShouldBe("stored_value.over_limit");
        lowered.PrincipalAfter.ShouldBe(290m);
    }

    [Theory]
    [InlineData(0, 0, "nothing moves", "stored_value.amount_invalid")]
    [InlineData(1.001, 0, "a third decimal", "money.precision")]
    [InlineData(1, 0, " ", "stored_value.reason_required")]
    public void Adjust_WhenMalformed_Throws(double principal, double bonus, string reason, string code)
    {
        var account = Funded(100m, 0m);

        Should.Throw<DomainException>(() => account.Adjust((decimal)principal, (decimal)bonus, Limit, Context(reason))).Code.ShouldBe(code);
    }

    private static StoredValueAccount Funded(decimal principal, decimal bonus)
    {
        var account = StoredValueAccount.Open(new MemberId(Guid.CreateVersion7()), Now);
        account.TopUp(Money.Create(principal), Money.Create(bonus), Limit, Context(null));
        return account;
    }

    private static StoredValueContext Context(string? reason) =>
        new(Now, new DateOnly(2026, 3, 10), Guid.CreateVersion7(), "75500000015", Reason: reason);
}
