namespace MemberCard.Domain.Members;

using MemberCard.Domain.Common;

/// <summary>The application form's personal data; the domain re-checks what validators already checked.</summary>
public sealed record PersonalDetails
{
    public const int NameMaxLength = 50;
    public const int AddressMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int MaxAgeYears = 120;

    public PersonalDetails(string name, Gender gender, DateOnly birthDate, string? address, string? email)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > NameMaxLength)
        {
            throw new DomainException("member.name_invalid", "A name is required (at most 50 characters).");
        }

        if (address?.Length > AddressMaxLength)
        {
            throw new DomainException("member.address_invalid", "An address has at most 200 characters.");
        }

        if (email?.Length > EmailMaxLength)
        {
            throw new DomainException("member.email_invalid", "An e-mail address has at most 254 characters.");
        }

        Name = name.Trim();
        Gender = gender;
        BirthDate = birthDate;
        Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
    }

    public string Name { get; }

    public Gender Gender { get; }

    public DateOnly BirthDate { get; }

    public string? Address { get; }

    public string? Email { get; }

    public static bool IsPlausibleBirthDate(DateOnly birthDate, DateOnly today) =>
        birthDate <= today && birthDate > today.AddYears(-MaxAgeYears);
}
