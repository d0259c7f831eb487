namespace MemberCard.Application.Members.BindPhone;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Members.Common;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

public sealed class BindPhoneCommandHandler(
    IMemberCardDbContext db, ICurrentPrincipal principal, IWeChatMiniProgram weChat, TimeProvider clock)
    : ICommandHandler<BindPhoneCommand, MemberDetailDto>
{
    public async ValueTask<MemberDetailDto> Handle(BindPhoneCommand command, CancellationToken cancellationToken)
    {
        var member = await CardTarget.LoadShopperAsync(db, principal, cancellationToken);
        var phone = await weChat.GetVerifiedPhoneAsync(command.PhoneCode!, cancellationToken);

        var takenByAnother = await db.Members.IgnoreQueryFilters()
            .AnyAsync(m => m.Phone == phone && m.Id != member.Id && m.Status == MemberStatus.Active, cancellationToken);
        if (takenByAnother)
        {
            throw new ReviewRejectedException([new ReviewReason("review.phone_taken", "phoneCode", "This phone number already has a member card.")]);
        }

        member.VerifyPhone(phone, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return MemberDetailDto.From(member);
    }
}
