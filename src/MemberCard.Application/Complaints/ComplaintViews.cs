namespace MemberCard.Application.Complaints;

using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

internal static class ComplaintViews
{
    public static async Task<IReadOnlyList<ComplaintDto>> ToDtosAsync(
        IMemberCardDbContext db, IReadOnlyList<Complaint> complaints, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = complaints.Select(c => c.BranchId).Distinct().ToList();
        var codes = await db.Branches.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Code, cancellationToken);
        return complaints.Select(c => ComplaintDto.From(c, codes[c.BranchId], now)).ToList();
    }

    public static async Task<ComplaintDto> ToDtoAsync(IMemberCardDbContext db, Complaint complaint, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await ToDtosAsync(db, [complaint], now, cancellationToken))[0];

    /// <summary>Loads a complaint for a change; one the caller may not see is simply not found.</summary>
    public static async Task<Complaint> LoadAsync(IMemberCardDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Complaints.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException("complaint.not_found", "No such complaint.");

    /// <summary>The default deadline: the programme's response hours (48 unless head office changed them) after submission.</summary>
    public static async Task<DateTimeOffset> DueAtAsync(IMemberCardDbContext db, DateTimeOffset submittedAt, CancellationToken cancellationToken) =>
        submittedAt.AddHours(await db.Programme.AsNoTracking().Select(p => p.ComplaintResponseHours).SingleAsync(cancellationToken));
}
