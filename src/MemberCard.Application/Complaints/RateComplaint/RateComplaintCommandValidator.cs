namespace MemberCard.Application.Complaints.RateComplaint;

using FluentValidation;
using MemberCard.Domain.Complaints;

public sealed class RateComplaintCommandValidator : AbstractValidator<RateComplaintCommand>
{
    public RateComplaintCommandValidator()
    {
        RuleFor(x => x.Score).Cascade(CascadeMode.Stop).NotNull().InclusiveBetween(Complaint.MinScore, Complaint.MaxScore);
    }
}
