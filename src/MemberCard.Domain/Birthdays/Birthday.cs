namespace MemberCard.Domain.Birthdays;

/// <summary>When a member celebrates in a given year.</summary>
public static class Birthday
{
    /// <summary>A member born on 29 February celebrates on 28 February in other years.</summary>
    public static DateOnly InYear(DateOnly birthDate, int year) =>
        birthDate.Month == 2 && birthDate.Day == 29 && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 2, 28)
            : new DateOnly(year, birthDate.Month, birthDate.Day);
}
