namespace MemberCard.Domain.UnitTests.Referrals;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;
using MemberCard.Domain.Referrals;
using MemberCard.Domain.UnitTests.Members;

public sealed class ReferralRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 4, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Theory]
    [InlineData("13900000001", "o_b", "u_b", false)]
    [InlineData("13800138000", "o_b", "u_b", true)]
    [InlineData("13900000001", "openid-1", "u_b", true)]
    [InlineData("13900000001", "o_b", "unionid-1", true)]
    [InlineData("13900000001", null, null, false)]
    public void IsSelfReferral_WhenIdentitiesCompared_MatchesOnPhoneOpenIdOrUnionId(string phone, string? openId, string? unionId, bool expected)
    {
        var referrer = TestMembers.Join();
        var referee = Other(phone, openId, unionId);

        var self = Referral.IsSelfReferral(referrer, referee);

        self.ShouldBe(expected);
    }

    [Fact]
    public void IsSelfReferral_WhenRefereeHasTheReferrersPendingPhone_IsTrue()
    {
        var referrer = TestMembers.Join();
        referrer.RequestPhoneChange(PhoneNumber.Create("13900000009"), Now);
        var referee = Other("13900000009", null, null);

        var self = Referral.IsSelfReferral(referrer, referee);

        self.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0, 20, ReferralStatus.Pending)]
    [InlineData(19, 20, ReferralStatus.Pending)]
    [InlineData(20, 20, ReferralStatus.Refused)]
    [InlineData(0, 0, ReferralStatus.Refused)]
    public void Record_WhenCountedAgainstTheCap_AcceptsBelowItAndRefusesAtIt(int accepted, int cap, ReferralStatus expected)
    {
        var referrer = WithCode(TestMembers.Join());
        var referee = Other("13900000001", null, null);

        var referral = Referral.Record(referrer, referee, ApplicationChannel.Offline, accepted, cap, Now, Today);

        referral.Status.ShouldBe(expected);
        referee.PendingReferralId.ShouldBe(expected == ReferralStatus.Pending ? referral.Id : null);
        referral.RefusalReason.ShouldBe(expected == ReferralStatus.Refused ? ReferralRefusal.MonthlyCap : null);
    }

    [Theory]
    [InlineData("K7M2QX9A", true)]
    [InlineData(" k7m2qx9a ", true)]
    [InlineData("K7M2QX9", false)]
    [InlineData("K7M2QX0A", false)]
    [InlineData("K7M2QXIA", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsWellFormed_WhenChecked_AcceptsEightCharactersOfTheAlphabetOnly(string? code, bool expected) =>
        ReferralCode.IsWellFormed(code).ShouldBe(expected);

    [Fact]
    public void New_WhenGenerated_IsWellFormed() =>
        Enumerable.Range(0, 200).Select(_ => ReferralCode.New()).ShouldAllBe(c => ReferralCode.IsWellFormed(c));

    private static Member WithCode(Member member)
    {
        member.AssignReferralCode("K7M2QX9A");
        return member;
    }

    private static Member Other(string phone, string? openId, string? unionId) =>
        Member.Join(TestMembers.Details("Han Meimei"), PhoneNumber.Create(phone), new WeChatIdentity(openId, unionId), BranchId.New(),
            TestMembers.SecondCard, BranchId.New(), ApplicationChannel.Offline, Now);
}
