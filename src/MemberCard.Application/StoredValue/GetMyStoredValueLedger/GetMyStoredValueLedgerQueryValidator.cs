namespace MemberCard.Application.StoredValue.GetMyStoredValueLedger;

using FluentValidation;
using MemberCard.Application.Common.Models;

public sealed class GetMyStoredValueLedgerQueryValidator : AbstractValidator<GetMyStoredValueLedgerQuery>
{
    public GetMyStoredValueLedgerQueryValidator() => PageRequest.RulesFor(this, x => x.Page, x => x.PageSize);
}
