namespace MemberCard.Application.Members.BindPhone;

using Mediator;
using MemberCard.Application.Members.Common;

/// <summary>Binds the phone WeChat verified (the mini-program's <c>getPhoneNumber</c> code) to the shopper's card.</summary>
public sealed record BindPhoneCommand(string? PhoneCode) : ICommand<MemberDetailDto>;
