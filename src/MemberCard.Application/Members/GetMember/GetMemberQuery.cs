namespace MemberCard.Application.Members.GetMember;

using Mediator;
using MemberCard.Application.Members.Common;

public sealed record GetMemberQuery(Guid MemberId) : IQuery<MemberDetailDto>;
