namespace MemberCard.Application.Common.Interfaces;

using MemberCard.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

public partial interface IMemberCardDbContext
{
    /// <summary>Scoped to the new member's home branch, and to the two members concerned.</summary>
    DbSet<Referral> Referrals { get; }

    /// <summary>Head office's referral settings: one row, or none for the defaults.</summary>
    DbSet<ReferralSettings> ReferralSettings { get; }
}
