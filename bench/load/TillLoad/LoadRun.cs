namespace TillLoad;

using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;

/// <summary>The two ways of driving the tills: closed loop (each till sends its next request when the last one
/// answers) and open loop (arrivals on a fixed schedule, whatever the answers do).</summary>
internal static class LoadRun
{
    public static async Task<int> ClosedAsync(LoadOptions options)
    {
        var world = new TillWorld(options);
        var tills = Tills(world, options.Whole("conns"));
        var warmup = options.Number("warmup", 0);
        var seconds = options.Number("seconds");
        var recorder = new Recorder();
        world.Receipts.Load(options.Optional("receipts"));

        var start = Stopwatch.GetTimestamp();
        var recordFrom = start + Ticks(warmup);
        var deadline = recordFrom + Ticks(seconds);
        using var progress = Progress(recorder, "closed", Inv($"c={tills.Count}"), options, start, warmup + seconds);
        await Task.WhenAll(tills.Select((till, i) => Task.Run(async () =>
        {
            var random = new Random(HashCode.Combine(world.Tag, i));
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var sent = Stopwatch.GetTimestamp();
                var outcome = await till.SendAsync(world.Mix.Next(random), random);
                if (sent >= recordFrom)
                {
                    recorder.Record(outcome, Recorder.Micros(sent, Stopwatch.GetTimestamp()));
                }
            }
        })));
        var measured = (Stopwatch.GetTimestamp() - recordFrom) / (double)Stopwatch.Frequency;

        recorder.WriteSummary(Console.Out, Inv($"mode=closed conns={tills.Count}"), measured);
        world.Receipts.Save(options.Optional("receipts"));
        Dispose(tills);
        return 0;
    }

    /// <summary>
    /// Arrival k is due at start + k / rate and goes to the till that has been idle longest (a till has one
    /// connection and one request at a time). Its latency counts from when it was due, so a late send (no idle
    /// till, a slow answer holding the till) is measured, not omitted.
    /// </summary>
    public static async Task<int> OpenAsync(LoadOptions options)
    {
        var world = new TillWorld(options);
        var tills = Tills(world, options.Whole("conns"));
        var rate = options.Number("rate");
        var warmup = options.Number("warmup", 0);
        var seconds = options.Number("seconds");
        var recorder = new Recorder();
        world.Receipts.Load(options.Optional("receipts"));
        if (rate <= 0)
        {
            throw new ArgumentException("--rate must be above 0");
        }

        await ConnectAllAsync(tills);
        var idle = Channel.CreateUnbounded<VirtualTill>();
        foreach (var till in tills)
        {
            idle.Writer.TryWrite(till);
        }

        var random = new Random(HashCode.Combine(world.Tag, rate));
        var total = (long)Math.Round((warmup + seconds) * rate);
        var firstRecorded = (long)Math.Round(warmup * rate);
        var outstanding = 0L;
        var lateMicros = 0L;
        var start = Stopwatch.GetTimestamp();
        using (Progress(recorder, "open", Inv($"c={tills.Count} rate={rate:F0}/s"), options, start, warmup + seconds))
        {
            for (var k = 0L; k < total; k++)
            {
                var due = start + (long)(k * Stopwatch.Frequency / rate);
                while (Stopwatch.GetTimestamp() < due)
                {
                    await Task.Delay(1);
                }

                var op = world.Mix.Next(random);
                var seed = random.Next();
                var record = k >= firstRecorded;
                Interlocked.Increment(ref outstanding);
                _ = Task.Run(async () =>
                {
                    var till = await idle.Reader.ReadAsync();
                    var sent = Stopwatch.GetTimestamp();
                    var outcome = await till.SendAsync(op, new Random(seed));
                    var done = Stopwatch.GetTimestamp();
                    idle.Writer.TryWrite(till);
                    if (record)
                    {
                        recorder.Record(outcome, Recorder.Micros(due, done));
                        InterlockedMax(ref lateMicros, Recorder.Micros(due, sent));
                    }

                    Interlocked.Decrement(ref outstanding);
                });
            }

            var end = Stopwatch.GetTimestamp() + Ticks(world.Timeout.TotalSeconds + 5);
            while (Interlocked.Read(ref outstanding) > 0 && Stopwatch.GetTimestamp() < end)
            {
                await Task.Delay(10);
            }
        }

        var header = Inv($"mode=open conns={tills.Count} rate={rate:F1} unanswered={Interlocked.Read(ref outstanding)} max_send_delay_ms={lateMicros / 1000.0:F2}");
        recorder.WriteSummary(Console.Out, header, seconds);
        world.Receipts.Save(options.Optional("receipts"));
        Dispose(tills);
        return 0;
    }

    private static List<VirtualTill> Tills(TillWorld world, int count) => Enumerable.Range(0, count).Select(i => new VirtualTill(world, i)).ToList();

    /// <summary>Every till opens its connection with one lookup (not recorded), 64 at a time.</summary>
    private static async Task ConnectAllAsync(List<VirtualTill> tills)
    {
        var started = Stopwatch.GetTimestamp();
        var failures = 0;
        await Parallel.ForEachAsync(tills, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (till, _) =>
        {
            var outcome = await till.SendAsync(Operation.Lookup, Random.Shared);
            if (outcome.Error is not null)
            {
                Interlocked.Increment(ref failures);
            }
        });
        await Console.Error.WriteLineAsync(Inv(
            $"[load {DateTime.Now:HH:mm:ss}] opened {tills.Count} keep-alive connections in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1}s ({failures} failed)"));
    }

    private static Timer Progress(Recorder recorder, string mode, string what, LoadOptions options, long start, double totalSeconds)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, options.Number("progress", 5)));
        return new Timer(_ =>
        {
            var (requests, errors, p99) = recorder.TakeWindow();
            Console.Error.WriteLine(Inv(
                $"[load {DateTime.Now:HH:mm:ss}] {mode} {what} t={Stopwatch.GetElapsedTime(start).TotalSeconds,4:F0}/{totalSeconds:F0}s  {requests / every.TotalSeconds,7:F1} req/s  p99 {p99,7:F1} ms  errors {errors} (total {recorder.Errors})"));
        }, null, every, every);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private static long Ticks(double seconds) => (long)(seconds * Stopwatch.Frequency);

    private static void Dispose(List<VirtualTill> tills)
    {
        foreach (var till in tills)
        {
            till.Dispose();
        }
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
