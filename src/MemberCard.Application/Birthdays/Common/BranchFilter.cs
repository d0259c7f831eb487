namespace MemberCard.Application.Birthdays.Common;

using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Branches;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The optional <c>branch=CODE</c> narrowing head office uses to read one branch. It is a filter on top of the
/// scoping, never instead of it: a branch naming another branch's code simply sees nothing.
/// </summary>
public static class BranchFilter
{
    public static async Task<BranchId?> ResolveAsync(IMemberCardDbContext db, string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var trimmed = code.Trim();
        var id = await db.Branches.AsNoTracking().Where(b => b.Code == trimmed).Select(b => (BranchId?)b.Id).FirstOrDefaultAsync(cancellationToken);
        return id ?? throw new InvalidInputException("branch", "branch.not_found", "There is no branch with this code.");
    }
}
