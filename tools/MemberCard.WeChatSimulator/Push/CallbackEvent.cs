namespace MemberCard.WeChatSimulator.Push;

/// <summary>A plaintext event message ready to push, with the parts the push query and the record need.</summary>
internal sealed record CallbackEvent(string? Event, string? OpenId, string? UserCardCode, long? CreateTime, string Xml);
