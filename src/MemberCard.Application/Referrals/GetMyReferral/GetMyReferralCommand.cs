namespace MemberCard.Application.Referrals.GetMyReferral;

using Mediator;

/// <summary>
/// The shopper's referral code, share link and history. A command although it answers a GET: the code is given
/// the first time a member asks for it, which writes it (see ADR 0016).
/// </summary>
public sealed record GetMyReferralCommand : ICommand<MyReferralDto>;
