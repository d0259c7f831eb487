namespace MemberCard.WeChatSimulator.Tests.Support;

using System.Xml.Linq;

/// <summary>A push as our callback endpoint would receive it.</summary>
public sealed record ReceivedPush(IReadOnlyDictionary<string, string> Query, string Body)
{
    public string Element(string name) => XDocument.Parse(Body).Root!.Element(name)!.Value;
}
