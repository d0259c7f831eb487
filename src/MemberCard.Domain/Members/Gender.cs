namespace MemberCard.Domain.Members;

public enum Gender
{
    Female,
    Male,
    Unspecified,
}
