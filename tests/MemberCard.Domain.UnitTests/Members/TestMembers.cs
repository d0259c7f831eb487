namespace MemberCard.Domain.UnitTests.Members;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;

/// <summary>Builds members the way an approved application does, at a fixed instant.</summary>
internal static class TestMembers
{
    public static readonly DateTimeOffset JoinedAt = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);

    public static readonly CardNumber FirstCard = CardNumber.Issue(RegionCode.Create("755"), 1);

    public static readonly CardNumber SecondCard = CardNumber.Issue(RegionCode.Create("755"), 2);

    public static readonly CardNumber ThirdCard = CardNumber.Issue(RegionCode.Create("755"), 3);

    public static PersonalDetails Details(string name = "Li Lei", string? address = "1 Shennan Rd", string? email = "li@example.com") =>
        new(name, Gender.Male, new DateOnly(1990, 5, 17), address, email);

    public static Member Join(BranchId? homeBranch = null)
    {
        var branch = homeBranch ?? BranchId.New();
        return Member.Join(
            Details(),
            PhoneNumber.Create("13800138000"),
            new WeChatIdentity("openid-1", "unionid-1"),
            branch,
            FirstCard,
            branch,
            ApplicationChannel.Offline,
            JoinedAt);
    }
}
