namespace MemberCard.Infrastructure.Persistence.ReadModel;

using Microsoft.EntityFrameworkCore;

/// <summary>The read model's context options, built once (its own type, so DI keeps them apart from the main context's).</summary>
internal sealed record ReadModelContextOptions(DbContextOptions<MemberCardDbContext> Options);
