namespace MemberCard.Application.Members.UpdateProfile;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Members.Common;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

public sealed class UpdateProfileCommandHandler(IMemberCardDbContext db, ICurrentPrincipal principal, TimeProvider clock)
    : ICommandHandler<UpdateProfileCommand, ProfileChangeResult>
{
    public async ValueTask<ProfileChangeResult> Handle(UpdateProfileCommand command, CancellationToken cancellationToken)
    {
        var member = await CardTarget.LoadShopperAsync(db, principal, cancellationToken);
        var now = clock.GetUtcNow();

        if (command.Phone is not null)
        {
            var phone = PhoneNumber.Create(command.Phone);
            if (phone != member.Phone && await PhoneTakenByAnotherAsync(phone, member.Id, cancellationToken))
            {
                throw new ReviewRejectedException([new ReviewReason("review.phone_taken", "phone", "This phone number already has a member card.")]);
            }

            member.RequestPhoneChange(phone, now);
        }

        var details = new PersonalDetails(
            command.Name ?? member.Name,
            command.Gender ?? member.Gender,
            command.BirthDate ?? member.BirthDate,
            command.Address is null ? member.Address : command.Address,
            command.Email is null ? member.Email : command.Email);
        member.UpdateProfile(details, now);
        await db.SaveChangesAsync(cancellationToken);

        var pending = member.PendingPhone is not null;
        return new ProfileChangeResult(
            MemberDetailDto.From(member),
            pending,
            pending ? "Profile updated. Verify the new phone number through WeChat to complete the change." : "Profile updated.");
    }

    private Task<bool> PhoneTakenByAnotherAsync(PhoneNumber phone, MemberId self, CancellationToken cancellationToken) =>
        db.Members.IgnoreQueryFilters().AnyAsync(m => m.Phone == phone && m.Id != self && m.Status == MemberStatus.Active, cancellationToken);
}
