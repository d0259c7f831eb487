namespace MemberCard.Domain.UnitTests.Branches;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;

public sealed class BranchTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly RegionCode Shenzhen = RegionCode.Create("755");

    [Fact]
    public void Open_WhenValid_NormalisesCodeAndStartsActive()
    {
        var code = " sz001 ";

        var branch = Branch.Open(code, " Futian Store ", Shenzhen, BranchKind.Franchise, Now);

        branch.Code.ShouldBe("SZ001");
        branch.Name.ShouldBe("Futian Store");
        branch.RegionCode.ShouldBe(Shenzhen);
        branch.Kind.ShouldBe(BranchKind.Franchise);
        branch.Status.ShouldBe(BranchStatus.Active);
        branch.IsActive.ShouldBeTrue();
        branch.CreatedAt.ShouldBe(Now);
        branch.Id.Value.ShouldNotBe(Guid.Empty);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU")]
    public void Open_WhenCodeInvalid_ThrowsCodeInvalid(string code)
    {
        var name = "Futian Store";

        var exception = Should.Throw<DomainException>(() => Branch.Open(code, name, Shenzhen, BranchKind.Direct, Now));

        exception.Code.ShouldBe("branch.code_invalid");
    }

    [Fact]
    public void Open_WhenNameTooLong_ThrowsNameInvalid()
    {
        var name = new string('n', Branch.NameMaxLength + 1);

        var exception = Should.Throw<DomainException>(() => Branch.Open("SZ001", name, Shenzhen, BranchKind.Direct, Now));

        exception.Code.ShouldBe("branch.name_invalid");
    }

    [Fact]
    public void Open_WhenNameBlank_ThrowsNameInvalid()
    {
        var name = " ";

        var exception = Should.Throw<DomainException>(() => Branch.Open("SZ001", name, Shenzhen, BranchKind.Direct, Now));

        exception.Code.ShouldBe("branch.name_invalid");
    }

    [Fact]
    public void Close_WhenActive_ClosesAndReopenRestores()
    {
        var branch = Branch.Open("SZ001", "Futian", Shenzhen, BranchKind.Direct, Now);

        branch.Close();

        branch.Status.ShouldBe(BranchStatus.Closed);
        branch.IsActive.ShouldBeFalse();
        branch.Reopen();
        branch.IsActive.ShouldBeTrue();
    }

    [Theory]
    [InlineData("75")]
    [InlineData("7555")]
    [InlineData("75a")]
    [InlineData("")]
    [InlineData(null)]
    public void RegionCodeCreate_WhenNotThreeDigits_ThrowsRegionCodeInvalid(string? value)
    {
        var raw = value;

        var exception = Should.Throw<DomainException>(() => RegionCode.Create(raw));

        exception.Code.ShouldBe("region_code.invalid");
    }
}
