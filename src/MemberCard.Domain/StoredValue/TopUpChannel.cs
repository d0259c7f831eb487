namespace MemberCard.Domain.StoredValue;

public enum TopUpChannel
{
    /// <summary>Paid at a branch till, credited at once.</summary>
    Till,

    /// <summary>Ordered in the mini-program, credited when the payment provider confirms it.</summary>
    Online,
}
