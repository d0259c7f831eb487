namespace MemberCard.Application.MemberRights.ExitMember;

using Mediator;

/// <summary>
/// The member leaves the programme (退会). <paramref name="MemberId"/> is null for the calling shopper, or the
/// member a branch acts for. Nothing happens until the caller confirms with the exact points balance the
/// warning showed (<paramref name="ForfeitPoints"/>), so points earned in between are never lost unseen.
/// </summary>
public sealed record ExitMemberCommand(Guid? MemberId, bool Confirm, long? ForfeitPoints) : ICommand<ExitResult>;
