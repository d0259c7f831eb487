namespace MemberCard.Domain.Complaints;

/// <summary>Open → Acknowledged → Resolved → Rated; a complaint may be resolved straight from Open.</summary>
public enum ComplaintStatus
{
    Open,
    Acknowledged,
    Resolved,
    Rated,
}
