namespace TillProfile;

using System.Collections.Concurrent;
using System.Diagnostics;

/// <summary>
/// Counts the commands Npgsql sends (EF Core's and raw ones alike: every command or batch is one activity of
/// the "Npgsql" source, and one round trip) and keeps their SQL while recording is on.
/// </summary>
internal sealed class CommandRecorder : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<string> _statements = new();
    private long _commands;
    private volatile bool _keep;

    public CommandRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public long Commands => Interlocked.Read(ref _commands);

    /// <summary>Starts keeping the SQL of each command (from the next one on), forgetting what was kept.</summary>
    public void Keep(bool keep)
    {
        _statements.Clear();
        _keep = keep;
    }

    public IReadOnlyList<string> Statements => [.. _statements];

    public void Dispose() => _listener.Dispose();

    private void Stopped(Activity activity)
    {
        if (activity.OperationName.Contains("open", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        Interlocked.Increment(ref _commands);
        if (_keep)
        {
            var sql = activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement") ?? activity.DisplayName;
            _statements.Enqueue($"{activity.OperationName} | {sql}");
        }
    }
}
