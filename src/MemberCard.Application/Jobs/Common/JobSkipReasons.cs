namespace MemberCard.Application.Jobs.Common;

public static class JobSkipReasons
{
    /// <summary>Another run of the job (in this or another instance) holds its lock.</summary>
    public const string AlreadyRunning = "already_running";

    /// <summary>The schedule already completed the job for this business date.</summary>
    public const string AlreadyDone = "already_done";
}
