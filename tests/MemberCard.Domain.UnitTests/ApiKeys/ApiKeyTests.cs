namespace MemberCard.Domain.UnitTests.ApiKeys;

using MemberCard.Domain.ApiKeys;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;

public sealed class ApiKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Issue_WhenBranchKeyNamesBranch_IsIssued()
    {
        var branch = BranchId.New();

        var key = ApiKey.Issue(" POS 1 ", ApiKeyRole.Branch, branch, "mk_abcdefg", "hash", Now);

        key.Name.ShouldBe("POS 1");
        key.Role.ShouldBe(ApiKeyRole.Branch);
        key.BranchId.ShouldBe(branch);
        key.Prefix.ShouldBe("mk_abcdefg");
        key.Hash.ShouldBe("hash");
        key.CreatedAt.ShouldBe(Now);
        key.IsRevoked.ShouldBeFalse();
    }

    [Fact]
    public void Issue_WhenHeadOfficeKeyNamesNoBranch_IsIssued()
    {
        var role = ApiKeyRole.HeadOffice;

        var key = ApiKey.Issue("HQ", role, null, "mk_abcdefg", "hash", Now);

        key.BranchId.ShouldBeNull();
        key.Role.ShouldBe(ApiKeyRole.HeadOffice);
    }

    [Fact]
    public void Issue_WhenBranchKeyWithoutBranch_ThrowsBranchMismatch()
    {
        var role = ApiKeyRole.Branch;

        var exception = Should.Throw<DomainException>(() => ApiKey.Issue("POS", role, null, "mk_abcdefg", "hash", Now));

        exception.Code.ShouldBe("api_key.branch_mismatch");
    }

    [Fact]
    public void Issue_WhenHeadOfficeKeyWithBranch_ThrowsBranchMismatch()
    {
        var branch = BranchId.New();

        var exception = Should.Throw<DomainException>(() => ApiKey.Issue("HQ", ApiKeyRole.HeadOffice, branch, "mk_abcdefg", "hash", Now));

        exception.Code.ShouldBe("api_key.branch_mismatch");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Issue_WhenNameBlank_ThrowsNameInvalid(string name)
    {
        var role = ApiKeyRole.HeadOffice;

        var exception = Should.Throw<DomainException>(() => ApiKey.Issue(name, role, null, "mk_abcdefg", "hash", Now));

        exception.Code.ShouldBe("api_key.name_invalid");
    }

    [Fact]
    public void Revoke_WhenActive_RecordsRevocationTime()
    {
        var key = ApiKey.Issue("HQ", ApiKeyRole.HeadOffice, null, "mk_abcdefg", "hash", Now);

        key.Revoke(Now.AddDays(1));

        key.IsRevoked.ShouldBeTrue();
        key.RevokedAt.ShouldBe(Now.AddDays(1));
    }

    [Fact]
    public void Revoke_WhenAlreadyRevoked_ThrowsAlreadyRevokedAndKeepsFirstTime()
    {
        var key = ApiKey.Issue("HQ", ApiKeyRole.HeadOffice, null, "mk_abcdefg", "hash", Now);
        key.Revoke(Now.AddDays(1));

        var exception = Should.Throw<DomainException>(() => key.Revoke(Now.AddDays(2)));

        exception.Code.ShouldBe("api_key.already_revoked");
        key.RevokedAt.ShouldBe(Now.AddDays(1));
    }
}
