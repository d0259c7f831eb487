namespace MemberCard.WeChatSimulator.Push;

/// <summary>One element of a pushed event; numbers go out bare, text inside CDATA, as WeChat writes them.</summary>
internal sealed record EventField(string Name, string Value, bool IsNumber)
{
    public static EventField Text(string name, string? value) => new(name, value ?? string.Empty, false);

    public static EventField Number(string name, long value) =>
        new(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture), true);
}
