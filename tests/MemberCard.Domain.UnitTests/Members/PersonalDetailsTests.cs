namespace MemberCard.Domain.UnitTests.Members;

using MemberCard.Domain.Common;
using MemberCard.Domain.Members;

public sealed class PersonalDetailsTests
{
    private static readonly DateOnly BirthDate = new(1990, 5, 17);

    [Fact]
    public void Constructor_WhenValid_TrimsAndKeepsValues()
    {
        var name = "  Li Lei ";

        var details = new PersonalDetails(name, Gender.Female, BirthDate, " 1 Shennan Rd ", " li@example.com ");

        details.Name.ShouldBe("Li Lei");
        details.Gender.ShouldBe(Gender.Female);
        details.BirthDate.ShouldBe(BirthDate);
        details.Address.ShouldBe("1 Shennan Rd");
        details.Email.ShouldBe("li@example.com");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_WhenNameBlank_ThrowsNameInvalid(string name)
    {
        var gender = Gender.Unspecified;

        var exception = Should.Throw<DomainException>(() => new PersonalDetails(name, gender, BirthDate, null, null));

        exception.Code.ShouldBe("member.name_invalid");
    }

    [Fact]
    public void Constructor_WhenNameTooLong_ThrowsNameInvalid()
    {
        var name = new string('李', PersonalDetails.NameMaxLength + 1);

        var exception = Should.Throw<DomainException>(() => new PersonalDetails(name, Gender.Male, BirthDate, null, null));

        exception.Code.ShouldBe("member.name_invalid");
    }

    [Fact]
    public void Constructor_WhenNameAtMaximum_IsAccepted()
    {
        var name = new string('李', PersonalDetails.NameMaxLength);

        var details = new PersonalDetails($"  {name}  ", Gender.Male, BirthDate, null, null);

        details.Name.ShouldBe(name);
    }

    [Fact]
    public void Constructor_WhenAddressTooLong_ThrowsAddressInvalid()
    {
        var address = new string('a', PersonalDetails.AddressMaxLength + 1);

        var exception = Should.Throw<DomainException>(() => new PersonalDetails("Li Lei", Gender.Male, BirthDate, address, null));

        exception.Code.ShouldBe("member.address_invalid");
    }

    [Fact]
    public void Constructor_WhenEmailTooLong_ThrowsEmailInvalid()
    {
        var email = new string('a', PersonalDetails.EmailMaxLength - 11) + "@example.com";

        var exception = Should.Throw<DomainException>(() => new PersonalDetails("Li Lei", Gender.Male, BirthDate, null, email));

        exception.Code.ShouldBe("member.email_invalid");
    }

    [Fact]
    public void Constructor_WhenOptionalFieldsBlank_StoresNull()
    {
        var blank = "   ";

        var details = new PersonalDetails("Li Lei", Gender.Male, BirthDate, blank, string.Empty);

        details.Address.ShouldBeNull();
        details.Email.ShouldBeNull();
    }

    [Fact]
    public void IsPlausibleBirthDate_WhenInFuture_ReturnsFalse()
    {
        var today = new DateOnly(2026, 3, 1);

        var plausible = PersonalDetails.IsPlausibleBirthDate(today.AddDays(1), today);

        plausible.ShouldBeFalse();
    }

    [Fact]
    public void IsPlausibleBirthDate_WhenToday_ReturnsTrue()
    {
        var today = new DateOnly(2026, 3, 1);

        var plausible = PersonalDetails.IsPlausibleBirthDate(today, today);

        plausible.ShouldBeTrue();
    }

    [Fact]
    public void IsPlausibleBirthDate_WhenExactlyMaxAgeAgo_ReturnsFalse()
    {
        var today = new DateOnly(2026, 3, 1);

        var plausible = PersonalDetails.IsPlausibleBirthDate(today.AddYears(-PersonalDetails.MaxAgeYears), today);

        plausible.ShouldBeFalse();
    }

    [Fact]
    public void IsPlausibleBirthDate_WhenJustUnderMaxAge_ReturnsTrue()
    {
        var today = new DateOnly(2026, 3, 1);

        var plausible = PersonalDetails.IsPlausibleBirthDate(today.AddYears(-PersonalDetails.MaxAgeYears).AddDays(1), today);

        plausible.ShouldBeTrue();
        PersonalDetails.MaxAgeYears.ShouldBe(120);
    }
}
