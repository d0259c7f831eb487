namespace MemberCard.Application.Birthdays.IssueBirthdayGift;

using Mediator;
using MemberCard.Application.Birthdays.Common;

/// <summary>
/// The branch sets a birthday gift aside for one of its members (by member id or card number) whose birthday
/// is this month; <see cref="Year"/> defaults to the current one. One gift per member and year.
/// </summary>
public sealed record IssueBirthdayGiftCommand(Guid? MemberId, string? CardNumber, string? GiftName, string? Description, int? Year)
    : ICommand<BirthdayGiftDto>;
