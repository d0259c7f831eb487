namespace MemberCard.Application.Branches.OpenBranch;

using Mediator;
using MemberCard.Application.Branches.Common;
using MemberCard.Domain.Branches;

public sealed record OpenBranchCommand(string? Code, string? Name, string? RegionCode, BranchKind? Kind) : ICommand<BranchDto>;
