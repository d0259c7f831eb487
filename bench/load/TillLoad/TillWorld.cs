namespace TillLoad;

/// <summary>What every till of one run shares: the API, the store keys, the seeded cards, the receipts to return.</summary>
internal sealed class TillWorld
{
    public TillWorld(LoadOptions options)
    {
        BaseAddress = new Uri(options.Text("url"));
        Keys = File.ReadAllLines(options.Text("keys")).Where(l => l.Length > 0).ToArray();
        if (Keys.Count == 0)
        {
            throw new ArgumentException("--keys: the file has no API keys");
        }

        Members = options.Whole("members", 100_000);
        Region = options.Text("region", "755");
        Tag = options.Text("tag", "load-" + Environment.ProcessId);
        Timeout = TimeSpan.FromSeconds(options.Number("timeout", 10));
        Mix = TillMix.Parse(options.Text("mix", TillMix.Default));
        Receipts = new ReceiptPool(Keys.Count);
    }

    public Uri BaseAddress { get; }

    public IReadOnlyList<string> Keys { get; }

    public int Members { get; }

    public string Region { get; }

    public string Tag { get; }

    public TimeSpan Timeout { get; }

    public TillMix Mix { get; }

    public ReceiptPool Receipts { get; }
}
