namespace MemberCard.Application.Jobs.Common;

using Mediator;
using MemberCard.Domain.Members;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// Walks a job's candidates page by page and sends one command per member, each in its own DI scope (a fresh
/// unit of work) as the System principal, so each member is one short transaction under their row lock. One
/// member's failure is logged and counted, not fatal; a run of failures in a row (the database is gone)
/// aborts the run.
/// </summary>
public sealed partial class MemberSweep(SystemScopes scopes, ILogger<MemberSweep> logger)
{
    public const int PageSize = 500;
    private const int MaxConsecutiveFailures = 20;

    public async Task<JobTally> RunAsync(
        string job,
        Func<MemberId, int, CancellationToken, Task<IReadOnlyList<MemberId>>> nextPage,
        Func<MemberId, ICommand<int>> work,
        CancellationToken cancellationToken)
    {
        var processed = 0;
        var failed = 0;
        var consecutiveFailures = 0;
        var after = MemberId.None;
        while (true)
        {
            var page = await nextPage(after, PageSize, cancellationToken);
            foreach (var memberId in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    processed += await SendAsync(work(memberId), cancellationToken);
                    consecutiveFailures = 0;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failed++;
                    LogMemberFailed(logger, ex, job, memberId.Value);
                    if (++consecutiveFailures >= MaxConsecutiveFailures)
                    {
                        throw new InvalidOperationException($"Job {job} stopped after {consecutiveFailures} failed members in a row.", ex);
                    }
                }
            }

            if (page.Count < PageSize)
            {
                return new JobTally(processed, failed);
            }

            after = page[^1];
        }
    }

    private Task<int> SendAsync(ICommand<int> command, CancellationToken cancellationToken) =>
        scopes.RunAsync(async services => await services.GetRequiredService<ISender>().Send(command, cancellationToken));

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed for member {MemberId}; the run goes on with the next member")]
    private static partial void LogMemberFailed(ILogger logger, Exception exception, string job, Guid memberId);
}
