namespace MemberCard.Application.Branches.ListBranches;

using Mediator;
using MemberCard.Application.Branches.Common;

public sealed record ListBranchesQuery : IQuery<IReadOnlyList<BranchDto>>;
