namespace MemberCard.Domain.Complaints;

/// <summary>Who put the complaint on record: the member in the mini-program, or staff for them (or for a walk-in).</summary>
public enum ComplaintSource
{
    Member,
    Staff,
}
