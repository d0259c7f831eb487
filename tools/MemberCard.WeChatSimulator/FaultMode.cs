namespace MemberCard.WeChatSimulator;

public enum FaultMode
{
    None,

    /// <summary>Answer <c>{"errcode":-1}</c> (system busy).</summary>
    Busy,

    /// <summary>Abort the connection without an answer.</summary>
    Down,

    /// <summary>Wait, then answer normally.</summary>
    Slow,
}
