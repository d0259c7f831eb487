namespace MemberCard.Application.Members.UpdateProfile;

using MemberCard.Application.Members.Common;

/// <summary>The outcome the member is told: the profile as it stands and whether a phone still needs verifying.</summary>
public sealed record ProfileChangeResult(MemberDetailDto Member, bool PhoneVerificationRequired, string Outcome);
