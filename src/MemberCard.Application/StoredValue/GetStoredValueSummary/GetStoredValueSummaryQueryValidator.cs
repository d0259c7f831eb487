namespace MemberCard.Application.StoredValue.GetStoredValueSummary;

using System.Globalization;
using FluentValidation;

public sealed class GetStoredValueSummaryQueryValidator : AbstractValidator<GetStoredValueSummaryQuery>
{
    public GetStoredValueSummaryQueryValidator() =>
        RuleFor(x => x.Month).NotEmpty()
            .Must(m => DateOnly.TryParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .WithErrorCode("month.format").WithMessage("'{PropertyName}' is a month as yyyy-MM.");
}
