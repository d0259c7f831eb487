namespace MemberCard.Application.Kpis.UpdateKpiWeights;

using FluentValidation;
using MemberCard.Domain.Kpis;

public sealed class UpdateKpiWeightsCommandValidator : AbstractValidator<UpdateKpiWeightsCommand>
{
    public UpdateKpiWeightsCommandValidator()
    {
        Weight(x => x.NewCards);
        Weight(x => x.ActivationRate);
        Weight(x => x.ActiveMembers);
        Weight(x => x.PurchaseFrequency);
        Weight(x => x.AverageSpend);
        Weight(x => x.Redemptions);
        Weight(x => x.Satisfaction);
        RuleFor(x => x)
            .Must(x => new[] { x.NewCards, x.ActivationRate, x.ActiveMembers, x.PurchaseFrequency, x.AverageSpend, x.Redemptions, x.Satisfaction }
                .Any(w => w > 0))
            .WithErrorCode("kpi.weights_all_zero").WithMessage("At least one weight must be positive.")
            .OverridePropertyName("weights");
    }

    private void Weight(System.Linq.Expressions.Expression<Func<UpdateKpiWeightsCommand, decimal?>> weight) =>
        RuleFor(weight).NotNull().InclusiveBetween(0m, KpiWeights.MaxWeight).PrecisionScale(5, 2, true);
}
