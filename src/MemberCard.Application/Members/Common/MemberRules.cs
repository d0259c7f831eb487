namespace MemberCard.Application.Members.Common;

using FluentValidation;
using MemberCard.Domain.Members;

/// <summary>Shape rules for personal data, shared by applications and profile changes.</summary>
public static class MemberRules
{
    public static IRuleBuilderOptions<T, string?> PersonName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(PersonalDetails.NameMaxLength)
            .Must(n => n is null || n.Trim().Length > 0).WithErrorCode("value.blank").WithMessage("'{PropertyName}' must not be blank.");

    public static IRuleBuilderOptions<T, string?> MobilePhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(p => p is null || PhoneNumber.IsValid(p))
            .WithErrorCode("phone.invalid")
            .WithMessage("'{PropertyName}' must be a mainland China mobile number (11 digits starting with 13-19).");

    public static IRuleBuilderOptions<T, DateOnly?> PlausibleBirthDate<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock) =>
        rule.Must(d => d is null || PersonalDetails.IsPlausibleBirthDate(d.Value, ChinaToday(clock)))
            .WithErrorCode("birth_date.implausible")
            .WithMessage($"'{{PropertyName}}' must be in the past and less than {PersonalDetails.MaxAgeYears} years ago.");

    /// <summary>The chain is in China (UTC+8, no daylight saving): a shape check needs no programme settings.</summary>
    private static DateOnly ChinaToday(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8));

    public static IRuleBuilderOptions<T, string?> Address<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(PersonalDetails.AddressMaxLength);

    public static IRuleBuilderOptions<T, string?> EmailAddressWithinLimits<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(PersonalDetails.EmailMaxLength)
            .Must(e => string.IsNullOrEmpty(e) || LooksLikeEmail(e))
            .WithErrorCode("email.invalid")
            .WithMessage("'{PropertyName}' is not a valid e-mail address.");

    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && !email.Any(char.IsWhiteSpace);
    }
}
