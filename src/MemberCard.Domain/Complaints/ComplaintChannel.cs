namespace MemberCard.Domain.Complaints;

/// <summary>How the complaint reached us.</summary>
public enum ComplaintChannel
{
    Store,
    Phone,
    MiniProgram,
    WeChat,
    Other,
}
