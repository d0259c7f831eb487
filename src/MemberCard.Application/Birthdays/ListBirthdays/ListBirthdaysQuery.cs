namespace MemberCard.Application.Birthdays.ListBirthdays;

using Mediator;
using MemberCard.Application.Common.Models;

/// <summary>
/// The members with a birthday in <see cref="Month"/> (YYYY-MM; default the current business month), by day,
/// masked like every list. A branch sees its own members; head office all, or one branch by code.
/// </summary>
public sealed record ListBirthdaysQuery(string? Month, string? Branch, int Page = 1, int PageSize = 50) : IQuery<PagedResult<BirthdayListItemDto>>;
