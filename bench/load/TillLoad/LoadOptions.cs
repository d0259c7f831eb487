namespace TillLoad;

using System.Globalization;

/// <summary>"--name value" pairs of the command line.</summary>
internal sealed class LoadOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static LoadOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"expected --name value, got '{args[i]}'");
            }

            options._values[args[i][2..]] = args[i + 1];
        }

        return options;
    }

    public string Text(string name, string? fallback = null) =>
        _values.TryGetValue(name, out var value) ? value : fallback ?? throw new ArgumentException($"--{name} is required");

    public string? Optional(string name) => _values.GetValueOrDefault(name);

    public double Number(string name, double? fallback = null)
    {
        var text = Text(name, fallback?.ToString(CultureInfo.InvariantCulture));
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new ArgumentException($"--{name} must be a non-negative number, got '{text}'");
    }

    public int Whole(string name, int? fallback = null)
    {
        var value = Number(name, fallback);
        return value is >= 1 and <= int.MaxValue && value == Math.Floor(value)
            ? (int)value
            : throw new ArgumentException($"--{name} must be a positive whole number");
    }
}
