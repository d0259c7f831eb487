namespace MemberCard.Application.Branches.UpdateBranch;

using Mediator;
using MemberCard.Application.Branches.Common;
using MemberCard.Domain.Branches;

/// <summary>Renames, re-classifies, closes or reopens a branch; null fields stay as they are.</summary>
public sealed record UpdateBranchCommand(Guid BranchId, string? Name, BranchKind? Kind, BranchStatus? Status) : ICommand<BranchDto>;
