namespace MemberCard.Application.Jobs.ListJobRuns;

using FluentValidation;

public sealed class ListJobRunsQueryValidator : AbstractValidator<ListJobRunsQuery>
{
    public const int MaxTake = 200;

    public ListJobRunsQueryValidator()
    {
        RuleFor(x => x.Name).MaximumLength(64);
        RuleFor(x => x.Take).InclusiveBetween(1, MaxTake);
    }
}
