namespace MemberCard.Domain.UnitTests.Members;

using MemberCard.Domain.Members;
using MemberCard.Domain.Members.Events;

public sealed class MemberProfileTests
{
    private static readonly DateTimeOffset Later = TestMembers.JoinedAt.AddHours(1);

    [Fact]
    public void UpdateProfile_WhenSomeFieldsChange_RaisesProfileUpdatedWithOnlyThoseFields()
    {
        var member = TestMembers.Join();
        member.TakeDomainEvents();
        var details = new PersonalDetails("Han Meimei", Gender.Male, new DateOnly(1990, 5, 17), "1 Shennan Rd", "han@example.com");

        member.UpdateProfile(details, Later);

        var updated = member.TakeDomainEvents().ShouldHaveSingleItem().ShouldBeOfType<ProfileUpdated>();
        updated.ChangedFields.ShouldBe(["name", "email"], ignoreOrder: true);
        updated.MemberId.ShouldBe(member.Id);
        updated.OccurredAt.ShouldBe(Later);
        member.Name.ShouldBe("Han Meimei");
        member.Email.ShouldBe("han@example.com");
        member.Address.ShouldBe("1 Shennan Rd");
        member.UpdatedAt.ShouldBe(Later);
    }

    [Fact]
    public void UpdateProfile_WhenEveryFieldChanges_ListsEveryField()
    {
        var member = TestMembers.Join();
        member.TakeDomainEvents();
        var details = new PersonalDetails("Han Meimei", Gender.Female, new DateOnly(1992, 1, 2), null, null);

        member.UpdateProfile(details, Later);

        var updated = member.TakeDomainEvents().ShouldHaveSingleItem().ShouldBeOfType<ProfileUpdated>();
        updated.ChangedFields.ShouldBe(["name", "gender", "birthDate", "address", "email"], ignoreOrder: true);
        member.Gender.ShouldBe(Gender.Female);
        member.BirthDate.ShouldBe(new DateOnly(1992, 1, 2));
        member.Address.ShouldBeNull();
        member.Email.ShouldBeNull();
    }

    [Fact]
    public void UpdateProfile_WhenNothingChanges_RaisesNothingAndKeepsUpdatedAt()
    {
        var member = TestMembers.Join();
        member.TakeDomainEvents();
        var sameDetails = TestMembers.Details(name: "  Li Lei  ");

        member.UpdateProfile(sameDetails, Later);

        member.DomainEvents.ShouldBeEmpty();
        member.UpdatedAt.ShouldBe(TestMembers.JoinedAt);
        member.Name.ShouldBe("Li Lei");
    }

    [Fact]
    public void RequestPhoneChange_WhenDifferentPhone_SetsPendingPhoneAndKeepsCurrent()
    {
        var member = TestMembers.Join();
        member.TakeDomainEvents();
        var newPhone = PhoneNumber.Create("13900139000");

        member.RequestPhoneChange(newPhone, Later);

        member.PendingPhone.ShouldBe(newPhone);
        member.Phone.ShouldBe(PhoneNumber.Create("13800138000"));
        var requested = member.TakeDomainEvents().ShouldHaveSingleItem().ShouldBeOfType<PhoneChangeRequested>();
        requested.VerificationRequired.ShouldBeTrue();
        requested.MemberId.ShouldBe(member.Id);
    }

    [Fact]
    public void RequestPhoneChange_WhenSamePhone_ClearsPendingAndRaisesNothing()
    {
        var member = TestMembers.Join();
        member.RequestPhoneChange(PhoneNumber.Create("13900139000"), Later);
        member.TakeDomainEvents();

        member.RequestPhoneChange(PhoneNumber.Create("138-0013-8000"), Later);

        member.PendingPhone.ShouldBeNull();
        member.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void VerifyPhone_WhenPendingPhoneVerified_SwitchesPhoneAndClearsPending()
    {
        var member = TestMembers.Join();
        var newPhone = PhoneNumber.Create("13900139000");
        member.RequestPhoneChange(newPhone, Later);
        member.TakeDomainEvents();

        member.VerifyPhone(newPhone, Later.AddMinutes(5));

        member.Phone.ShouldBe(newPhone);
        member.PendingPhone.ShouldBeNull();
        member.PhoneVerified.ShouldBeTrue();
        member.UpdatedAt.ShouldBe(Later.AddMinutes(5));
        var verified = member.TakeDomainEvents().ShouldHaveSingleItem().ShouldBeOfType<PhoneVerified>();
        verified.PhoneChanged.ShouldBeTrue();
    }

    [Fact]
    public void VerifyPhone_WhenPhoneOnFileConfirmed_MarksVerifiedWithoutChange()
    {
        var member = TestMembers.Join();
        member.TakeDomainEvents();

        member.VerifyPhone(PhoneNumber.Create("13800138000"), Later);

        member.Phone.ShouldBe(PhoneNumber.Create("13800138000"));
        member.PhoneVerified.ShouldBeTrue();
        var verified = member.TakeDomainEvents().ShouldHaveSingleItem().ShouldBeOfType<PhoneVerified>();
        verified.PhoneChanged.ShouldBeFalse();
    }
}
