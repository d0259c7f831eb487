namespace MemberCard.Domain.Members;

public enum ApplicationChannel
{
    /// <summary>The shopper applied in the mini-program with their WeChat identity.</summary>
    Online,

    /// <summary>Branch staff entered the form.</summary>
    Offline,
}
