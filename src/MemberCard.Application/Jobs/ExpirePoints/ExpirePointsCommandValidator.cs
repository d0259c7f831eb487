namespace MemberCard.Application.Jobs.ExpirePoints;

using FluentValidation;

public sealed class ExpirePointsCommandValidator : AbstractValidator<ExpirePointsCommand>
{
    public ExpirePointsCommandValidator()
    {
        RuleFor(x => x.MemberId).NotEmpty();
        RuleFor(x => x.AsOf).NotEmpty();
    }
}
