namespace MemberCard.Application.Birthdays.ReturnBirthdayGift;

using Mediator;
using MemberCard.Application.Birthdays.Common;

/// <summary>The gift was not collected and goes back to the branch's stock.</summary>
public sealed record ReturnBirthdayGiftCommand(Guid GiftId) : ICommand<BirthdayGiftDto>;
