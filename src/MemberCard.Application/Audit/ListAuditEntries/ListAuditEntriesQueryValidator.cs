namespace MemberCard.Application.Audit.ListAuditEntries;

using FluentValidation;
using MemberCard.Application.Common.Models;

public sealed class ListAuditEntriesQueryValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesQueryValidator()
    {
        PageRequest.RulesFor(this, x => x.Page, x => x.PageSize);
        RuleFor(x => x.Action).MaximumLength(64);
        RuleFor(x => x.SubjectId).MaximumLength(64);
    }
}
