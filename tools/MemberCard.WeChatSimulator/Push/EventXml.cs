namespace MemberCard.WeChatSimulator.Push;

using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

internal static class EventXml
{
    public static CallbackEvent Create(string toUserName, string openId, long createTime, string eventName, IEnumerable<EventField> fields)
    {
        var xml = new StringBuilder("<xml>");
        AppendText(xml, "ToUserName", toUserName);
        AppendText(xml, "FromUserName", openId);
        xml.Append(CultureInfo.InvariantCulture, $"<CreateTime>{createTime}</CreateTime>");
        AppendText(xml, "MsgType", "event");
        AppendText(xml, "Event", eventName);
        string? userCardCode = null;
        foreach (var field in fields)
        {
            if (field.IsNumber)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<{field.Name}>{field.Value}</{field.Name}>");
            }
            else
            {
                AppendText(xml, field.Name, field.Value);
            }

            if (field.Name == "UserCardCode")
            {
                userCardCode = field.Value;
            }
        }

        xml.Append("</xml>");
        return new CallbackEvent(eventName, openId, userCardCode, createTime, xml.ToString());
    }

    /// <summary>Wraps a caller-written message; its parts are read for the record when it parses, and it is sent as-is when it does not.</summary>
    public static CallbackEvent FromRaw(string xml, string? openId)
    {
        try
        {
            var root = XDocument.Parse(xml).Root;
            var createTime = long.TryParse(root?.Element("CreateTime")?.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : (long?)null;
            return new CallbackEvent(
                root?.Element("Event")?.Value.Trim(),
                openId ?? root?.Element("FromUserName")?.Value.Trim(),
                root?.Element("UserCardCode")?.Value.Trim(),
                createTime,
                xml);
        }
        catch (XmlException)
        {
            return new CallbackEvent(null, openId, null, null, xml);
        }
    }

    public static string Envelope(string toUserName, string encrypt)
    {
        var xml = new StringBuilder("<xml>");
        AppendText(xml, "ToUserName", toUserName);
        AppendText(xml, "Encrypt", encrypt);
        return xml.Append("</xml>").ToString();
    }

    public static bool IsValidName(string name)
    {
        try
        {
            XmlConvert.VerifyNCName(name);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static void AppendText(StringBuilder xml, string name, string value) =>
        xml.Append(CultureInfo.InvariantCulture, $"<{name}><![CDATA[{value.Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal)}]]></{name}>");
}
