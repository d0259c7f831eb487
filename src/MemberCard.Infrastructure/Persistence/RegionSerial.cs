namespace MemberCard.Infrastructure.Persistence;

/// <summary>The last card serial handed out in a region; its row lock orders concurrent applications.</summary>
internal sealed class RegionSerial
{
    public string RegionCode { get; set; } = string.Empty;

    public long LastSerial { get; set; }
}
