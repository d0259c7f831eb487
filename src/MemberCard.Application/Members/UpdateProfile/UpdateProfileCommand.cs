namespace MemberCard.Application.Members.UpdateProfile;

using Mediator;
using MemberCard.Application.Members.Common;
using MemberCard.Domain.Members;

/// <summary>
/// A partial change of the shopper's own profile: a null field stays as it is; an empty address or e-mail
/// clears it. A new phone is only requested here and takes effect once WeChat verifies it.
/// </summary>
public sealed record UpdateProfileCommand(
    string? Name,
    Gender? Gender,
    DateOnly? BirthDate,
    string? Address,
    string? Email,
    string? Phone) : ICommand<ProfileChangeResult>;
