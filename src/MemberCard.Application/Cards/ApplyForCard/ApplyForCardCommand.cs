namespace MemberCard.Application.Cards.ApplyForCard;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Domain.Members;

/// <summary>
/// An application for a card. Online applications come from a shopper and carry their WeChat identity;
/// offline ones are entered by branch staff. <see cref="BranchCode"/> names the home branch where the
/// caller is not a branch (online: the store the shopper signed up at; head office: required).
/// <see cref="ReferralCode"/> names the member who introduced the applicant, if any.
/// </summary>
public sealed record ApplyForCardCommand(
    ApplicationChannel Channel,
    string? Name,
    Gender? Gender,
    DateOnly? BirthDate,
    string? Phone,
    string? Address,
    string? Email,
    string? BranchCode,
    string? ReferralCode = null) : ICommand<CardDto>;
