namespace MemberCard.Domain.UnitTests.Members;

using MemberCard.Domain.Common;
using MemberCard.Domain.Members;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("13800138000")]
    [InlineData("14512345678")]
    [InlineData("15012345678")]
    [InlineData("16612345678")]
    [InlineData("17712345678")]
    [InlineData("18612345678")]
    [InlineData("19912345678")]
    public void Create_WhenMainlandMobile_KeepsElevenDigits(string raw)
    {
        var phone = PhoneNumber.Create(raw);

        phone.Value.ShouldBe(raw);
        PhoneNumber.IsValid(raw).ShouldBeTrue();
    }

    [Theory]
    [InlineData("+86 138 0013 8000")]
    [InlineData("+8613800138000")]
    [InlineData("0086 138 0013 8000")]
    [InlineData("008613800138000")]
    [InlineData("138-0013-8000")]
    [InlineData("138 0013 8000")]
    public void Create_WhenFormattedOrPrefixed_NormalisesToDigits(string raw)
    {
        var phone = PhoneNumber.Create(raw);

        phone.Value.ShouldBe("13800138000");
        phone.ShouldBe(PhoneNumber.Create("13800138000"));
    }

    [Theory]
    [InlineData("1380013800")]
    [InlineData("138001380001")]
    [InlineData("23800138000")]
    [InlineData("12800138000")]
    [InlineData("10800138000")]
    [InlineData("1380013800a")]
    [InlineData("phone")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("+1 138 0013 8000")]
    [InlineData("+86 2380 013 8000")]
    [InlineData(null)]
    public void TryCreate_WhenNotMainlandMobile_ReturnsFalse(string? raw)
    {
        var created = PhoneNumber.TryCreate(raw, out var phone);

        created.ShouldBeFalse();
        phone.ShouldBe(default);
        PhoneNumber.IsValid(raw).ShouldBeFalse();
    }

    [Fact]
    public void Create_WhenInvalid_ThrowsPhoneInvalid()
    {
        var raw = "12345";

        var exception = Should.Throw<DomainException>(() => PhoneNumber.Create(raw));

        exception.Code.ShouldBe("phone.invalid");
    }

    [Fact]
    public void Masked_WhenValid_HidesMiddleFourDigits()
    {
        var phone = PhoneNumber.Create("+86 138 0013 8000");

        var masked = phone.Masked;

        masked.ShouldBe("138****8000");
        phone.ToString().ShouldBe("138****8000");
    }
}
