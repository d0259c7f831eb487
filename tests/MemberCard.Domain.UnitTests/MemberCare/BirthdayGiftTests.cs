namespace MemberCard.Domain.UnitTests.MemberCare;

using MemberCard.Domain.Birthdays;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members;

public sealed class BirthdayGiftTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 4, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly BranchId Branch = new(Guid.CreateVersion7());

    [Theory]
    [InlineData("1990-04-10", 2026)]
    [InlineData("1990-03-10", 2027)]
    public void Issue_WhenNotTheBirthdayMonthOfThisYear_Throws(string birthDate, int year)
    {
        var born = DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture);

        var error = Should.Throw<DomainException>(() => BirthdayGift.Issue(Branch, MemberId.New(), born, year, "寿面", null, Now, Today));

        error.Code.ShouldBe("birthday_gift.not_birthday_month");
    }

    [Fact]
    public void SignAndReturn_WhenGiftIsClosed_Throw()
    {
        var gift = BirthdayGift.Issue(Branch, MemberId.New(), new DateOnly(1990, 3, 31), 2026, " 寿面 ", " ", Now, Today);

        gift.Return(Now.AddDays(5), Today.AddDays(5));

        gift.GiftName.ShouldBe("寿面");
        gift.Description.ShouldBeNull();
        gift.Status.ShouldBe(BirthdayGiftStatus.Returned);
        gift.ReturnedOn.ShouldBe(new DateOnly(2026, 3, 15));
        Should.Throw<DomainException>(() => gift.Sign(Now, Today)).Code.ShouldBe("birthday_gift.not_issued");
        Should.Throw<DomainException>(() => gift.Return(Now, Today)).Code.ShouldBe("birthday_gift.not_issued");
    }

    [Fact]
    public void WasOutstandingOn_WhenClosedLater_IsTrueUntilTheDayItClosed()
    {
        var gift = BirthdayGift.Issue(Branch, MemberId.New(), new DateOnly(1990, 3, 1), 2026, "寿面", null, Now, Today);

        gift.Sign(Now.AddDays(6), Today.AddDays(6));

        gift.WasOutstandingOn(Today.AddDays(-1)).ShouldBeFalse();
        gift.WasOutstandingOn(Today.AddDays(5)).ShouldBeTrue();
        gift.WasOutstandingOn(Today.AddDays(6)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(2027, "2027-02-28")]
    [InlineData(2028, "2028-02-29")]
    public void InYear_WhenBornOn29February_Is28FebruaryInCommonYears(int year, string expected)
    {
        var born = new DateOnly(1992, 2, 29);

        var birthday = Birthday.InYear(born, year);

        birthday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);
    }
}
