namespace MemberCard.Application.Common.Points;

using MemberCard.Domain.Members;

public sealed record TillCard(MemberId MemberId, CardNumber CardNumber);
