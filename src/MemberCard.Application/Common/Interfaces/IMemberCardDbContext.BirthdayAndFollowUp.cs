namespace MemberCard.Application.Common.Interfaces;

using MemberCard.Domain.Birthdays;
using MemberCard.Domain.FollowUps;
using Microsoft.EntityFrameworkCore;

public partial interface IMemberCardDbContext
{
    /// <summary>Scoped to the branch that issued the gift (the member's home branch).</summary>
    DbSet<BirthdayGift> BirthdayGifts { get; }

    /// <summary>Scoped to the member's home branch, which owns the follow-up.</summary>
    DbSet<FollowUpTask> FollowUpTasks { get; }
}
