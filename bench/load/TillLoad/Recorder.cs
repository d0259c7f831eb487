namespace TillLoad;

using System.Diagnostics;
using System.Globalization;

/// <summary>
/// Latencies of the recorded requests per operation, the errors by kind (with the first answer of each kind), and
/// an interval window for the progress lines.
/// </summary>
internal sealed class Recorder
{
    private readonly Lock _gate = new();
    private readonly List<long>[] _latencies;
    private readonly int[] _errors;
    private readonly Dictionary<string, (int Count, string? Sample)> _errorKinds = new(StringComparer.Ordinal);
    private List<long> _window = [];
    private int _windowErrors;

    public Recorder()
    {
        var ops = Enum.GetValues<Operation>().Length;
        _latencies = new List<long>[ops];
        _errors = new int[ops];
        for (var i = 0; i < ops; i++)
        {
            _latencies[i] = new List<long>(1024);
        }
    }

    public static long Micros(long fromTimestamp, long toTimestamp) => (toTimestamp - fromTimestamp) * 1_000_000 / Stopwatch.Frequency;

    public void Record(TillOutcome outcome, long micros)
    {
        lock (_gate)
        {
            _latencies[(int)outcome.Op].Add(micros);
            _window.Add(micros);
            if (outcome.Error is { } error)
            {
                _errors[(int)outcome.Op]++;
                _windowErrors++;
                var kind = outcome.Op.ToString().ToLowerInvariant() + ":" + error.Replace(' ', '_');
                _errorKinds[kind] = _errorKinds.TryGetValue(kind, out var seen) ? (seen.Count + 1, seen.Sample) : (1, outcome.Detail);
            }
        }
    }

    public int Errors
    {
        get
        {
            lock (_gate)
            {
                return _errors.Sum();
            }
        }
    }

    /// <summary>Requests, errors and p99 (ms) since the last call.</summary>
    public (int Requests, int Errors, double P99Ms) TakeWindow()
    {
        List<long> window;
        int errors;
        lock (_gate)
        {
            (window, _window) = (_window, []);
            (errors, _windowErrors) = (_windowErrors, 0);
        }

        window.Sort();
        return (window.Count, errors, Percentiles.Of(window, 99) / 1000.0);
    }

    /// <summary>The machine-readable summary (see Program's usage text).</summary>
    public void WriteSummary(TextWriter output, string header, double seconds)
    {
        lock (_gate)
        {
            var all = _latencies.SelectMany(l => l).Order().ToList();
            output.WriteLine(Inv($"LOAD {header} seconds={seconds:F3} requests={all.Count} errors={_errors.Sum()} rps={all.Count / seconds:F1} {Stats(all)}"));
            foreach (var op in Enum.GetValues<Operation>())
            {
                var sorted = _latencies[(int)op].Order().ToList();
                output.WriteLine(Inv($"LOADOP op={op.ToString().ToLowerInvariant()} requests={sorted.Count} errors={_errors[(int)op]} {Stats(sorted)}"));
            }

            foreach (var (kind, (count, sample)) in _errorKinds.OrderByDescending(e => e.Value.Count))
            {
                output.WriteLine(Inv($"LOADERR kind={kind} count={count} sample={sample?.ReplaceLineEndings(" ")}"));
            }
        }
    }

    private static string Stats(List<long> sorted) => Inv(
        $"p50_ms={Percentiles.Of(sorted, 50) / 1000.0:F2} p95_ms={Percentiles.Of(sorted, 95) / 1000.0:F2} p99_ms={Percentiles.Of(sorted, 99) / 1000.0:F2} max_ms={(sorted.Count > 0 ? sorted[^1] : 0) / 1000.0:F2}");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
