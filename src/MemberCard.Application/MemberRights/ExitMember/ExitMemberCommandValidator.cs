namespace MemberCard.Application.MemberRights.ExitMember;

using FluentValidation;

public sealed class ExitMemberCommandValidator : AbstractValidator<ExitMemberCommand>
{
    public ExitMemberCommandValidator()
    {
        RuleFor(x => x.ForfeitPoints).GreaterThanOrEqualTo(0);
        RuleFor(x => x.ForfeitPoints)
            .NotNull()
            .When(x => x.Confirm)
            .WithErrorCode("exit.forfeit_points_required")
            .WithMessage("Confirming an exit names the points balance the warning showed.");
    }
}
