namespace TillLoad;

using System.Collections.Concurrent;
using System.Globalization;

/// <summary>
/// Receipts committed and not yet returned, per branch key (only the selling branch returns a receipt). Kept in a
/// file between the runs of one benchmark so that a return always names a receipt committed earlier in it.
/// </summary>
internal sealed class ReceiptPool
{
    private readonly ConcurrentQueue<string>[] _byKey;

    public ReceiptPool(int keys)
    {
        _byKey = new ConcurrentQueue<string>[keys];
        for (var i = 0; i < keys; i++)
        {
            _byKey[i] = new ConcurrentQueue<string>();
        }
    }

    public void Add(int key, string receiptNo) => _byKey[key].Enqueue(receiptNo);

    public bool TryTake(int key, out string receiptNo) => _byKey[key].TryDequeue(out receiptNo!);

    /// <summary>Lines "key-index TAB receipt-number".</summary>
    public void Load(string? file)
    {
        if (file is null || !File.Exists(file))
        {
            return;
        }

        foreach (var line in File.ReadLines(file))
        {
            var parts = line.Split('\t');
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var key) && key < _byKey.Length)
            {
                Add(key, parts[1]);
            }
        }
    }

    public void Save(string? file)
    {
        if (file is null)
        {
            return;
        }

        using var writer = new StreamWriter(file, append: false);
        for (var key = 0; key < _byKey.Length; key++)
        {
            foreach (var receipt in _byKey[key])
            {
                writer.Write(key.ToString(CultureInfo.InvariantCulture));
                writer.Write('\t');
                writer.WriteLine(receipt);
            }
        }
    }
}
