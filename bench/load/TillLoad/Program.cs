namespace TillLoad;

/// <summary>Entry point of the load generator (see bench/load/run, which drives it).</summary>
internal static class Program
{
    private const string Usage = """
        TillLoad closed --url URL --keys FILE --conns N --seconds S [options]   N tills as fast as they go (closed loop)
        TillLoad open   --url URL --keys FILE --conns N --rate R --seconds S [options]
                                                                  R arrivals/s over N keep-alive tills (open loop)
        TillLoad chart  --in RESULTS.tsv --out CHART.png [--title TEXT]

        Load options:
          --members N        seeded members (cards <region><serial 1..N><Luhn>), default 100000
          --region CODE      region of the seeded cards, default 755
          --mix SPEC         weights, default lookup=45,quote=25,commit=20,return=5,redeem=5
          --warmup S         seconds run first and not recorded, default 0
          --receipts FILE    committed receipts still to return: read at start, rewritten at the end
          --tag TEXT         prefix of receipt numbers and references (unique per run)
          --progress S       seconds between progress lines on stderr, default 5
          --timeout S        per-request timeout, default 10
        Output on stdout: one "LOAD ..." line, one "LOADOP ..." line per operation, one "LOADERR ..." per error kind.
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            await Console.Out.WriteAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        try
        {
            var options = LoadOptions.Parse(args.AsSpan(1));
            return args[0] switch
            {
                "closed" => await LoadRun.ClosedAsync(options),
                "open" => await LoadRun.OpenAsync(options),
                "chart" => LatencyChart.Draw(options),
                _ => throw new ArgumentException($"unknown command '{args[0]}' (closed, open or chart)"),
            };
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync("TillLoad: " + e.Message);
            return 2;
        }
    }
}
