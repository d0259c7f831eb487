namespace MemberCard.Application.Members.GetMember;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Members.Common;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

public sealed class GetMemberQueryHandler(IMemberCardDbContext db) : IQueryHandler<GetMemberQuery, MemberDetailDto>
{
    public async ValueTask<MemberDetailDto> Handle(GetMemberQuery query, CancellationToken cancellationToken)
    {
        var id = new MemberId(query.MemberId);
        var member = await db.Members.AsNoTracking().Include(m => m.Cards)
            .SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new NotFoundException("member.not_found", "No such member.");
        return MemberDetailDto.From(member);
    }
}
