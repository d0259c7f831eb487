namespace MemberCard.Application.Birthdays.SignBirthdayGift;

using Mediator;
using MemberCard.Application.Birthdays.Common;

/// <summary>The member signed for the gift at the branch.</summary>
public sealed record SignBirthdayGiftCommand(Guid GiftId) : ICommand<BirthdayGiftDto>;
