namespace MemberCard.Application.Jobs.Common;

/// <summary>Who started a run, as recorded in <c>job_runs.trigger</c>.</summary>
public static class JobTriggers
{
    public const string Schedule = "schedule";
    public const string Manual = "manual";
}
