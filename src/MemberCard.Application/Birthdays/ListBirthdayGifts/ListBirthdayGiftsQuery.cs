namespace MemberCard.Application.Birthdays.ListBirthdayGifts;

using Mediator;
using MemberCard.Application.Birthdays.Common;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Birthdays;

/// <summary>The gifts issued in <see cref="Month"/> (YYYY-MM; default the current business month), oldest first.</summary>
public sealed record ListBirthdayGiftsQuery(string? Month, BirthdayGiftStatus? Status, string? Branch, int Page = 1, int PageSize = 50)
    : IQuery<PagedResult<BirthdayGiftDto>>;
