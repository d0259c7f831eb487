namespace MemberCard.Application.Kpis.Common;

using MemberCard.Domain.Branches;

public sealed record BranchRef(BranchId Id, string Code, string Name);
