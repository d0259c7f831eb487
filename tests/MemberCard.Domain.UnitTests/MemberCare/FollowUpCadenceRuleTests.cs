namespace MemberCard.Domain.UnitTests.MemberCare;

using MemberCard.Domain.Common;
using MemberCard.Domain.Programme;

public sealed class FollowUpCadenceRuleTests
{
    [Fact]
    public void Create_WhenDefaultOffsets_Succeeds()
    {
        var rule = FollowUpCadenceRule.Create(3, 3, 2, [1, 4, 6, 9]);

        (rule.ThankYouMinutes, rule.CareDays, rule.GreetingWeeks).ShouldBe((3, 3, 2));
        rule.CallMonths.ShouldBe([1, 4, 6, 9]);
    }

    [Theory]
    [InlineData(0, 3, 2, new[] { 1, 4, 6, 9 })]
    [InlineData(1440, 1, 2, new[] { 1, 4, 6, 9 })]
    [InlineData(3, 14, 2, new[] { 1, 4, 6, 9 })]
    [InlineData(3, 3, 5, new[] { 1, 4, 6, 9 })]
    [InlineData(3, 3, 2, new[] { 1, 4, 4, 9 })]
    [InlineData(3, 3, 2, new[] { 1, 4, 6 })]
    [InlineData(3, 3, 2, new[] { 1, 4, 6, 37 })]
    public void Create_WhenAStepIsOutOfBoundsOrOutOfOrder_Throws(int minutes, int careDays, int greetingWeeks, int[] callMonths)
    {
        var thrown = Should.Throw<DomainException>(() => FollowUpCadenceRule.Create(minutes, careDays, greetingWeeks, callMonths));

        thrown.Code.ShouldBe("programme.follow_up_cadence_invalid");
    }

    [Fact]
    public void UpdateFollowUpCadence_WhenValid_ReplacesTheOffsets()
    {
        var programme = ProgrammeSettings.CreateDefault(DateTimeOffset.UnixEpoch);

        programme.UpdateFollowUpCadence(new FollowUpCadenceRule(10, 2, 3, [2, 3, 6, 12]), DateTimeOffset.UnixEpoch.AddDays(1));

        programme.FollowUpCadence.CallMonths.ShouldBe([2, 3, 6, 12]);
        programme.FollowUpThankYouMinutes.ShouldBe(10);
        programme.UpdatedAt.ShouldBe(DateTimeOffset.UnixEpoch.AddDays(1));
    }
}
