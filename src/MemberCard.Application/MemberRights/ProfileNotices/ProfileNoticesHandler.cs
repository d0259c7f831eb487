namespace MemberCard.Application.MemberRights.ProfileNotices;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Notifications;
using MemberCard.Domain.Members.Events;

/// <summary>
/// Tells the member the outcome of a profile change ("the member is told when done"): when reviewed changes
/// were applied, and when WeChat verified a new phone. The notice names the changed fields, never their values.
/// </summary>
public sealed class ProfileNoticesHandler(IMemberCardDbContext db)
    : INotificationHandler<ProfileUpdated>,
      INotificationHandler<PhoneVerified>
{
    public const string ProfileUpdatedTemplate = "profile.updated";
    public const string PhoneVerifiedTemplate = "profile.phone_verified";

    public ValueTask Handle(ProfileUpdated notification, CancellationToken cancellationToken)
    {
        MemberNotices.Enqueue(
            db,
            notification.MemberId,
            new MemberNotice(ProfileUpdatedTemplate, new Dictionary<string, string> { ["fields"] = string.Join(',', notification.ChangedFields) }),
            notification.OccurredAt);
        return ValueTask.CompletedTask;
    }

    /// <summary>Only a verification that changed the phone on file is news; confirming the same number is not.</summary>
    public ValueTask Handle(PhoneVerified notification, CancellationToken cancellationToken)
    {
        if (notification.PhoneChanged)
        {
            MemberNotices.Enqueue(db, notification.MemberId, new MemberNotice(PhoneVerifiedTemplate, new Dictionary<string, string>()), notification.OccurredAt);
        }

        return ValueTask.CompletedTask;
    }
}
