namespace MemberCard.Application.Outbox.ListOutboxMessages;

using FluentValidation;
using MemberCard.Application.Common.Models;

public sealed class ListOutboxMessagesQueryValidator : AbstractValidator<ListOutboxMessagesQuery>
{
    public ListOutboxMessagesQueryValidator()
    {
        PageRequest.RulesFor(this, x => x.Page, x => x.PageSize);
        RuleFor(x => x.Status).IsInEnum();
    }
}
