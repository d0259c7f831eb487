namespace MemberCard.Domain.UnitTests.MemberCare;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;
using MemberCard.Domain.FollowUps;
using MemberCard.Domain.Members;
using MemberCard.Domain.Programme;

public sealed class FollowUpCadenceTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void Schedule_WhenStartedLateOnAMonthsLastDay_CountsCalendarMonthsInTheProgrammesTimeZone()
    {
        var startedAt = new DateTimeOffset(2026, 1, 31, 17, 30, 0, TimeSpan.Zero);

        var schedule = FollowUpCadence.Schedule(startedAt, Shanghai, FollowUpCadenceRule.Default);

        // 17:30 UTC on 31 January is 01:30 on 1 February in Shanghai: a month later is 1 March there.
        schedule.Select(s => s.DueAt).ShouldBe(
        [
            new DateTimeOffset(2026, 1, 31, 17, 33, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 2, 3, 17, 30, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 2, 14, 17, 30, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 2, 28, 17, 30, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 5, 31, 17, 30, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 7, 31, 17, 30, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 10, 31, 17, 30, 0, TimeSpan.Zero),
        ]);
        schedule.Select(s => s.Kind).ShouldBe([.. Enumerable.Repeat(FollowUpKind.Message, 3), .. Enumerable.Repeat(FollowUpKind.Call, 4)]);
    }

    [Fact]
    public void Complete_WhenOutcomeIsSentOrTaskIsClosed_Throws()
    {
        var now = new DateTimeOffset(2026, 3, 10, 4, 0, 0, TimeSpan.Zero);
        var tasks = FollowUpTask.StartCadence(new BranchId(Guid.CreateVersion7()), MemberId.New(), Guid.CreateVersion7(), now, Shanghai, FollowUpCadenceRule.Default);
        var call = tasks.First(t => t.Kind == FollowUpKind.Call);

        Should.Throw<DomainException>(() => call.Complete(FollowUpOutcome.Sent, null, now)).Code.ShouldBe("follow_up.outcome_invalid");
        Should.Throw<DomainException>(() => call.MarkSent(now)).Code.ShouldBe("follow_up.not_a_message");
        call.Complete(FollowUpOutcome.NoAnswer, "  ", now);

        call.Status.ShouldBe(FollowUpStatus.Done);
        call.Note.ShouldBeNull();
        Should.Throw<DomainException>(() => call.Cancel(now)).Code.ShouldBe("follow_up.not_open");
    }
}
