namespace MemberCard.Application.Points.GetMyLedger;

using FluentValidation;
using MemberCard.Application.Common.Models;

public sealed class GetMyLedgerQueryValidator : AbstractValidator<GetMyLedgerQuery>
{
    public GetMyLedgerQueryValidator() => PageRequest.RulesFor(this, x => x.Page, x => x.PageSize);
}
