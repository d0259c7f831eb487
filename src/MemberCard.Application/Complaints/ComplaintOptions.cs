namespace MemberCard.Application.Complaints;

/// <summary>Configuration section <c>Complaints</c>.</summary>
public sealed class ComplaintOptions
{
    public const string Section = "Complaints";

    /// <summary>Hours from submission within which a complaint must be acknowledged and answered.</summary>
    public int ResponseHours { get; set; } = 48;
}
