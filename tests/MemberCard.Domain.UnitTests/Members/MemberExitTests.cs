namespace MemberCard.Domain.UnitTests.Members;

using MemberCard.Domain.Common;
using MemberCard.Domain.Members;
using MemberCard.Domain.Members.Events;
using MemberCard.Domain.Points;

public sealed class MemberExitTests
{
    private static readonly DateTimeOffset Later = TestMembers.JoinedAt.AddDays(3);

    [Fact]
    public void Exit_WhenActiveWithoutPoints_CancelsTheCardAndErasesEveryPersonalDetail()
    {
        var member = TestMembers.Join();
        member.ActivateCard(TestMembers.FirstCard, Later);
        member.LinkWeChatCard(null, "wx-code-1", "oa-openid-1", null, Later);
        member.TakeDomainEvents();

        member.Exit(Later);

        member.Status.ShouldBe(MemberStatus.Exited);
        (member.Name, member.Gender, member.BirthDate, member.Phone, member.PhoneVerified, member.PendingPhone, member.Address, member.Email)
            .ShouldBe((Member.ErasedName, Gender.Unspecified, Member.ErasedBirthDate, PhoneNumber.Erased, false, (PhoneNumber?)null, (string?)null, (string?)null));
        (member.MiniProgramOpenId, member.OfficialAccountOpenId, member.UnionId).ShouldBe(((string?)null, (string?)null, (string?)null));
        var card = member.Cards.ShouldHaveSingleItem();
        (card.Status, card.ClosedAt, card.WeChatCode).ShouldBe((CardStatus.Cancelled, (DateTimeOffset?)Later, (string?)null));
        var events = member.TakeDomainEvents();
        events.OfType<CardCancelled>().ShouldHaveSingleItem().WeChatCode.ShouldBe("wx-code-1");
        events.OfType<MemberExited>().ShouldHaveSingleItem().CardNumber.ShouldBe(TestMembers.FirstCard);
    }

    [Fact]
    public void Exit_WhenPointsAreLeft_ThrowsAndChangesNothing()
    {
        var member = TestMembers.Join();
        var wallet = new PointsWallet(member, []);
        var today = DateOnly.FromDateTime(Later.UtcDateTime);
        wallet.Credit(LedgerEntryKind.Earn, 120, today.AddYears(2), new PointsContext(Later, today));

        var thrown = Should.Throw<DomainException>(() => member.Exit(Later));

        thrown.Code.ShouldBe("member.exit_points_not_forfeited");
        member.Status.ShouldBe(MemberStatus.Active);
        member.Name.ShouldBe("Li Lei");
        member.Cards.ShouldHaveSingleItem().Status.ShouldBe(CardStatus.Issued);
    }

    [Fact]
    public void Exit_WhenAlreadyExited_Throws()
    {
        var member = TestMembers.Join();
        member.Exit(Later);

        var thrown = Should.Throw<DomainException>(() => member.Exit(Later.AddDays(1)));

        thrown.Code.ShouldBe("member.exited");
    }

    [Fact]
    public void ForfeitAll_WhenLotsIncludeTodaysAndOlderOnes_TakesEverythingInOneEntry()
    {
        var member = TestMembers.Join();
        var today = DateOnly.FromDateTime(Later.UtcDateTime);
        var wallet = new PointsWallet(member, []);
        wallet.Credit(LedgerEntryKind.Earn, 300, today.AddYears(2), new PointsContext(Later, today.AddDays(-1)));
        wallet.Credit(LedgerEntryKind.Earn, 45, today.AddYears(2), new PointsContext(Later, today));

        var entry = wallet.ForfeitAll(new PointsContext(Later, today, Reason: "exit"));

        entry.ShouldNotBeNull();
        (entry.Kind, entry.Points, entry.BalanceAfter).ShouldBe((LedgerEntryKind.Forfeit, -345L, 0L));
        member.PointsBalance.ShouldBe(0);
        wallet.NewLots.Sum(l => l.Remaining).ShouldBe(0);
        wallet.NewEntries.Sum(e => e.Points).ShouldBe(0);
    }

    [Fact]
    public void ForfeitAll_WhenBalanceIsZero_WritesNoEntry()
    {
        var member = TestMembers.Join();
        var wallet = new PointsWallet(member, []);
        var today = DateOnly.FromDateTime(Later.UtcDateTime);

        var entry = wallet.ForfeitAll(new PointsContext(Later, today));

        entry.ShouldBeNull();
        wallet.NewEntries.ShouldBeEmpty();
    }

    [Fact]
    public void ErasedPhone_WhenReadBack_IsNeverAnAcceptablePhone()
    {
        var erased = PhoneNumber.Erased;

        var accepted = PhoneNumber.IsValid(erased.Value);

        accepted.ShouldBeFalse();
        PhoneNumber.FromStored(erased.Value).IsErased.ShouldBeTrue();
        PhoneNumber.FromStored("13800138000").ShouldBe(PhoneNumber.Create("13800138000"));
    }
}
