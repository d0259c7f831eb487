namespace MemberCard.Domain.UnitTests.Members;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members;
using MemberCard.Domain.Members.Events;
using MemberCard.Domain.Programme;

public sealed class MemberCardLifecycleTests
{
    private static readonly DateTimeOffset Later = TestMembers.JoinedAt.AddHours(1);
    private static readonly DateTimeOffset MuchLater = TestMembers.JoinedAt.AddDays(3);

    [Fact]
    public void Join_WhenApproved_IssuesOneCardInIssuedState()
    {
        var home = BranchId.New();

        var member = TestMembers.Join(home);

        member.Cards.Count.ShouldBe(1);
        var card = member.CurrentCard;
        card.Number.ShouldBe(TestMembers.FirstCard);
        card.Status.ShouldBe(CardStatus.Issued);
        card.MemberId.ShouldBe(member.Id);
        card.HomeBranchId.ShouldBe(home);
        card.IssuingBranchId.ShouldBe(home);
        card.IssuedAt.ShouldBe(TestMembers.JoinedAt);
        member.Tier.ShouldBe(Tier.Regular);
        member.PointsBalance.ShouldBe(0);
        member.Status.ShouldBe(MemberStatus.Active);
        member.PhoneVerified.ShouldBeFalse();
    }

    [Fact]
    public void Join_WhenApproved_RaisesCardIssued()
    {
        var home = BranchId.New();

        var member = TestMembers.Join(home);

        var issued = member.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<CardIssued>();
        issued.MemberId.ShouldBe(member.Id);
        issued.CardNumber.ShouldBe(TestMembers.FirstCard);
        issued.Channel.ShouldBe(ApplicationChannel.Offline);
        issued.IssuingBranchId.ShouldBe(home);
        issued.OccurredAt.ShouldBe(TestMembers.JoinedAt);
    }

    [Fact]
    public void TakeDomainEvents_WhenEventsRaised_ReturnsThemAndClears()
    {
        var member = TestMembers.Join();
        member.ActivateCard(TestMembers.FirstCard, Later);

        var events = member.TakeDomainEvents();

        events.Select(e => e.GetType()).ShouldBe([typeof(CardIssued), typeof(CardActivated)]);
        member.DomainEvents.ShouldBeEmpty();
        member.TakeDomainEvents().ShouldBeEmpty();
    }

    [Fact]
    public void ActivateCard_WhenIssued_BecomesActiveAndRaisesCardActivated()
    {
        var member = TestMembers.Join();
        member.TakeDomainEvents();

        member.ActivateCard(TestMembers.FirstCard, Later);

        member.CurrentCard.Status.ShouldBe(CardStatus.Active);
        member.CurrentCard.ActivatedAt.ShouldBe(Later);
        member.UpdatedAt.ShouldBe(Later);
        var activated = member.TakeDomainEvents().ShouldHaveSingleItem().ShouldBeOfType<CardActivated>();
        activated.MemberId.ShouldBe(member.Id);
        activated.CardNumber.ShouldBe(TestMembers.FirstCard);
        activated.OccurredAt.ShouldBe(Later);
    }

    [Fact]
    public void ActivateCard_WhenAlreadyActive_ThrowsIllegalTransitionAndChangesNothing()
    {
        var member = TestMembers.Join();
        member.ActivateCard(TestMembers.FirstCard, Later);
        member.TakeDomainEvents();

        var exception = Should.Throw<DomainException>(() => member.ActivateCard(TestMembers.FirstCard, MuchLater));

        exception.Code.ShouldBe("card.illegal_transition");
        member.CurrentCard.Status.ShouldBe(CardStatus.Active);
        member.CurrentCard.ActivatedAt.ShouldBe(Later);
        member.UpdatedAt.ShouldBe(Later);
        member.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void ActivateCard_WhenFrozen_ThrowsIllegalTransition()
    {
        var member = TestMembers.Join();
        member.ActivateCard(TestMembers.FirstCard, Later);
        member.ReportCardLost(TestMembers.FirstCard, Later);
        member.TakeDomainEvents();

        var exception = Should.Throw<DomainException>(() => member.ActivateCard(TestMembers.FirstCard, MuchLater));

        exception.Code.ShouldBe("card.illegal_transition");
        member.CurrentCard.Status.ShouldBe(CardStatus.Frozen);
        member.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void ActivateCard_WhenCardNotTheMembers_ThrowsCardNotFound()
    {
        var member = TestMembers.Join();

        var exception = Should.Throw<DomainException>(() => member.ActivateCard(TestMembers.ThirdCard, Later));

        exception.Code.ShouldBe("card.not_found");
        member.CurrentCard.Status.ShouldBe(CardStatus.Issued);
    }

    [Fact]
    public void ReportCardLost_WhenIssued_FreezesAndRaisesCardReportedLost()
    {
        var member = TestMembers.Join();
        member.TakeDomainEvents();

        member.ReportCardLost(TestMembers.FirstCard, Later);

        member.CurrentCard.Status.ShouldBe(CardStatus.Frozen);
        member.CurrentCard.FrozenAt.ShouldBe(Later);
        var lost = member.TakeDomainEvents().ShouldHaveSingleItem().ShouldBeOfType<CardReportedLost>();
        lost.MemberId.ShouldBe(member.Id);
        lost.CardNumber.ShouldBe(TestMembers.FirstCard);
        lost.OccurredAt.ShouldBe(Later);
    }

    [Fact]
    public void ReportCardLost_WhenActive_Freezes()
    {
        var member = TestMembers.Join();
        member.ActivateCard(TestMembers.FirstCard, Later);

        member.ReportCardLost(TestMembers.FirstCard, MuchLater);

        member.CurrentCard.Status.ShouldBe(CardStatus.Frozen);
        member.CurrentCard.FrozenAt.ShouldBe(MuchLater);
    }

    [Fact]
    public void ReportCardLost_WhenAlreadyFrozen_ThrowsIllegalTransition()
    {
        var member = TestMembers.Join();
        member.ReportCardLost(TestMembers.FirstCard, Later);
        member.TakeDomainEvents();

        var exception = Should.Throw<DomainException>(() => member.ReportCardLost(TestMembers.FirstCard, MuchLater));

        exception.Code.ShouldBe("card.illegal_transition");
        member.CurrentCard.FrozenAt.ShouldBe(Later);
        member.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void ReissueCard_WhenIssued_ThrowsReissueRequiresLossReport()
    {
        var member = TestMembers.Join();
        member.TakeDomainEvents();

        var exception = Should.Throw<DomainException>(() =>
            member.ReissueCard(TestMembers.FirstCard, TestMembers.SecondCard, member.HomeBranchId, ApplicationChannel.Offline, Later));

        exception.Code.ShouldBe("card.reissue_requires_loss_report");
        member.Cards.Count.ShouldBe(1);
        member.CurrentCard.Status.ShouldBe(CardStatus.Issued);
        member.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void ReissueCard_WhenActive_ThrowsReissueRequiresLossReport()
    {
        var member = TestMembers.Join();
        member.ActivateCard(TestMembers.FirstCard, Later);
        member.TakeDomainEvents();

        var exception = Should.Throw<DomainException>(() =>
            member.ReissueCard(TestMembers.FirstCard, TestMembers.SecondCard, member.HomeBranchId, ApplicationChannel.Offline, MuchLater));

        exception.Code.ShouldBe("card.reissue_requires_loss_report");
        member.Cards.Count.ShouldBe(1);
        member.CurrentCard.Status.ShouldBe(CardStatus.Active);
        member.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void ReissueCard_WhenFrozenAfterActivation_ReplacesOldCardWithActiveCard()
    {
        var member = TestMembers.Join();
        member.ActivateCard(TestMembers.FirstCard, Later);
        member.ReportCardLost(TestMembers.FirstCard, Later);
        var issuingBranch = BranchId.New();

        var replacement = member.ReissueCard(TestMembers.FirstCard, TestMembers.SecondCard, issuingBranch, ApplicationChannel.Offline, MuchLater);

        var old = member.FindCard(TestMembers.FirstCard);
        old.Status.ShouldBe(CardStatus.Replaced);
        old.ReplacedByCardId.ShouldBe(replacement.Id);
        old.ClosedAt.ShouldBe(MuchLater);
        old.IsCurrent.ShouldBeFalse();
        member.Cards.Count.ShouldBe(2);
        member.CurrentCard.ShouldBeSameAs(replacement);
        replacement.Number.ShouldBe(TestMembers.SecondCard);
        replacement.Status.ShouldBe(CardStatus.Active);
        replacement.ActivatedAt.ShouldBe(MuchLater);
        replacement.ReplacesCardId.ShouldBe(old.Id);
        replacement.MemberId.ShouldBe(member.Id);
        replacement.HomeBranchId.ShouldBe(member.HomeBranchId);
        replacement.IssuingBranchId.ShouldBe(issuingBranch);
    }

    [Fact]
    public void ReissueCard_WhenFrozenBeforeActivation_NewCardWaitsForActivation()
    {
        var member = TestMembers.Join();
        member.ReportCardLost(TestMembers.FirstCard, Later);

        var replacement = member.ReissueCard(TestMembers.FirstCard, TestMembers.SecondCard, member.HomeBranchId, ApplicationChannel.Online, MuchLater);

        replacement.Status.ShouldBe(CardStatus.Issued);
        replacement.ActivatedAt.ShouldBeNull();
        replacement.Channel.ShouldBe(ApplicationChannel.Online);
        member.FindCard(TestMembers.FirstCard).Status.ShouldBe(CardStatus.Replaced);
        member.CurrentCard.ShouldBeSameAs(replacement);
    }

    [Fact]
    public void ReissueCard_WhenReissued_KeepsMemberIdTierAndPoints()
    {
        var member = TestMembers.Join();
        member.ActivateCard(TestMembers.FirstCard, Later);
        member.ReportCardLost(TestMembers.FirstCard, Later);
        SetPrivate(member, nameof(Member.Tier), Tier.Gold);
        SetPrivate(member, nameof(Member.PointsBalance), 12_345L);
        var memberId = member.Id;

        member.ReissueCard(TestMembers.FirstCard, TestMembers.SecondCard, member.HomeBranchId, ApplicationChannel.Offline, MuchLater);

        member.Id.ShouldBe(memberId);
        member.Tier.ShouldBe(Tier.Gold);
        member.PointsBalance.ShouldBe(12_345);
        member.Cards.ShouldAllBe(c => c.MemberId == memberId);
    }

    [Fact]
    public void ReissueCard_WhenReissued_RaisesCardReissued()
    {
        var member = TestMembers.Join();
        member.ReportCardLost(TestMembers.FirstCard, Later);
        member.TakeDomainEvents();
        var issuingBranch = BranchId.New();

        member.ReissueCard(TestMembers.FirstCard, TestMembers.SecondCard, issuingBranch, ApplicationChannel.Offline, MuchLater);

        var reissued = member.TakeDomainEvents().ShouldHaveSingleItem().ShouldBeOfType<CardReissued>();
        reissued.MemberId.ShouldBe(member.Id);
        reissued.OldCardNumber.ShouldBe(TestMembers.FirstCard);
        reissued.NewCardNumber.ShouldBe(TestMembers.SecondCard);
        reissued.IssuingBranchId.ShouldBe(issuingBranch);
        reissued.OccurredAt.ShouldBe(MuchLater);
    }

    [Fact]
    public void ActivateCard_WhenReplaced_ThrowsIllegalTransition()
    {
        var member = ReissuedMember();

        var exception = Should.Throw<DomainException>(() => member.ActivateCard(TestMembers.FirstCard, MuchLater));

        exception.Code.ShouldBe("card.illegal_transition");
        member.FindCard(TestMembers.FirstCard).Status.ShouldBe(CardStatus.Replaced);
        member.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void ReportCardLost_WhenReplaced_ThrowsIllegalTransition()
    {
        var member = ReissuedMember();

        var exception = Should.Throw<DomainException>(() => member.ReportCardLost(TestMembers.FirstCard, MuchLater));

        exception.Code.ShouldBe("card.illegal_transition");
        member.FindCard(TestMembers.FirstCard).Status.ShouldBe(CardStatus.Replaced);
        member.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void ReissueCard_WhenAlreadyReplaced_ThrowsReissueRequiresLossReport()
    {
        var member = ReissuedMember();

        var exception = Should.Throw<DomainException>(() =>
            member.ReissueCard(TestMembers.FirstCard, TestMembers.ThirdCard, member.HomeBranchId, ApplicationChannel.Offline, MuchLater));

        exception.Code.ShouldBe("card.reissue_requires_loss_report");
        member.Cards.Count.ShouldBe(2);
        member.CurrentCard.Number.ShouldBe(TestMembers.SecondCard);
        member.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void EnsureCanTransact_WhenActive_DoesNotThrow()
    {
        var member = TestMembers.Join();
        member.ActivateCard(TestMembers.FirstCard, Later);

        var card = member.CurrentCard;

        card.CanTransact.ShouldBeTrue();
        Should.NotThrow(card.EnsureCanTransact);
    }

    [Fact]
    public void EnsureCanTransact_WhenIssued_ThrowsCardNotActive()
    {
        var card = TestMembers.Join().CurrentCard;

        var exception = Should.Throw<DomainException>(card.EnsureCanTransact);

        exception.Code.ShouldBe("card.not_active");
    }

    [Fact]
    public void EnsureCanTransact_WhenFrozen_ThrowsCardNotActive()
    {
        var member = TestMembers.Join();
        member.ActivateCard(TestMembers.FirstCard, Later);
        member.ReportCardLost(TestMembers.FirstCard, Later);

        var exception = Should.Throw<DomainException>(member.CurrentCard.EnsureCanTransact);

        exception.Code.ShouldBe("card.not_active");
    }

    [Fact]
    public void EnsureCanTransact_WhenReplaced_ThrowsCardNotActive()
    {
        var member = ReissuedMember();
        var old = member.FindCard(TestMembers.FirstCard);

        var exception = Should.Throw<DomainException>(old.EnsureCanTransact);

        exception.Code.ShouldBe("card.not_active");
        member.CurrentCard.CanTransact.ShouldBeTrue();
    }

    private static Member ReissuedMember()
    {
        var member = TestMembers.Join();
        member.ActivateCard(TestMembers.FirstCard, Later);
        member.ReportCardLost(TestMembers.FirstCard, Later);
        member.ReissueCard(TestMembers.FirstCard, TestMembers.SecondCard, member.HomeBranchId, ApplicationChannel.Offline, Later);
        member.TakeDomainEvents();
        return member;
    }

    // Tier and balance have no public writer yet (points and tier rules come later); reflection stands in for them.
    private static void SetPrivate<T>(Member member, string property, T value) =>
        typeof(Member).GetProperty(property)!.SetValue(member, value);
}
