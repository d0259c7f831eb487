namespace TillLoad;

using System.Globalization;

/// <summary>The proportions of the till operations, drawn at random per request.</summary>
internal sealed class TillMix
{
    public const string Default = "lookup=45,quote=25,commit=20,return=5,redeem=5";

    private readonly int[] _cumulative;

    private TillMix(int[] weights)
    {
        Weights = weights;
        _cumulative = new int[weights.Length];
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            _cumulative[i] = sum;
        }
    }

    /// <summary>Weight of each <see cref="Operation"/>, by its value.</summary>
    public IReadOnlyList<int> Weights { get; }

    public static TillMix Parse(string spec)
    {
        var weights = new int[Enum.GetValues<Operation>().Length];
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2 || !Enum.TryParse<Operation>(pair[0], ignoreCase: true, out var op) || !Enum.IsDefined(op)
                || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var weight))
            {
                throw new ArgumentException($"--mix: '{part}' is not operation=weight (lookup, quote, commit, return, redeem)");
            }

            weights[(int)op] = weight;
        }

        return weights.Sum() > 0 ? new TillMix(weights) : throw new ArgumentException("--mix: the weights add up to 0");
    }

    public Operation Next(Random random)
    {
        var draw = random.Next(_cumulative[^1]);
        var i = 0;
        while (draw >= _cumulative[i])
        {
            i++;
        }

        return (Operation)i;
    }
}
