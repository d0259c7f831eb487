namespace TillLoad;

using System.Globalization;
using ScottPlot;

/// <summary>
/// Latency against load: one point per concurrency level (x, log2 spacing), latency on a log10 axis, API
/// percentiles as solid lines and pgbench (the same SQL mix, the ceiling) dashed; each p99 point names its throughput.
/// </summary>
internal static class LatencyChart
{
    /// <summary>Input: tab-separated rows "kind conns rps p50_ms p95_ms p99_ms" (kind api or pgbench).</summary>
    public static int Draw(LoadOptions options)
    {
        var rows = File.ReadLines(options.Text("in"))
            .Select(line => line.Split('\t'))
            .Where(f => f.Length >= 6 && f[0] is "api" or "pgbench")
            .Select(f => (Kind: f[0], Conns: Parse(f[1]), Rps: Parse(f[2]), P50: Parse(f[3]), P95: Parse(f[4]), P99: Parse(f[5])))
            .ToList();
        if (rows.Count == 0)
        {
            throw new ArgumentException("--in: no api or pgbench rows");
        }

        var plot = new Plot();
        foreach (var (kind, color, pattern) in new[] { ("api", Colors.C0, LinePattern.Solid), ("pgbench", Colors.C1, LinePattern.Dashed) })
        {
            var series = rows.Where(r => r.Kind == kind).OrderBy(r => r.Conns).ToList();
            if (series.Count == 0)
            {
                continue;
            }

            var xs = series.Select(r => Math.Log2(r.Conns)).ToArray();
            var label = kind == "api" ? "API" : "pgbench";
            foreach (var (name, values, width) in new[]
            {
                ("p50", series.Select(r => r.P50), 1f), ("p95", series.Select(r => r.P95), 2f), ("p99", series.Select(r => r.P99), 3f),
            })
            {
                var line = plot.Add.Scatter(xs, values.Select(Log).ToArray());
                line.Color = color;
                line.LineWidth = width;
                line.LinePattern = pattern;
                line.MarkerSize = width + 4;
                line.LegendText = $"{label} {name}";
            }

            foreach (var r in series)
            {
                var text = plot.Add.Text(string.Create(CultureInfo.InvariantCulture, $"{r.Rps:F0}/s"), Math.Log2(r.Conns), Log(r.P99));
                text.LabelFontColor = color;
                text.LabelFontSize = 11;
                text.LabelOffsetY = kind == "api" ? -16 : 4;
            }
        }

        var xTicks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var conns in rows.Select(r => r.Conns).Distinct().Order())
        {
            xTicks.AddMajor(Math.Log2(conns), conns.ToString(CultureInfo.InvariantCulture));
        }

        plot.Axes.Bottom.TickGenerator = xTicks;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = y => Math.Pow(10, y).ToString("0.###", CultureInfo.InvariantCulture),
        };
        plot.Grid.MajorLineColor = Colors.Black.WithOpacity(0.15);
        plot.Title(options.Text("title", "Till mix: latency against load"));
        plot.XLabel("Concurrent connections (API: tills; pgbench: clients); labels: throughput at p99");
        plot.YLabel("Latency, ms (log scale)");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(options.Text("out"), 1100, 650);
        return 0;
    }

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double Log(double ms) => Math.Log10(Math.Max(ms, 0.01));
}
