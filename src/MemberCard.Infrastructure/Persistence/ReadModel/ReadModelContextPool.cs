namespace MemberCard.Infrastructure.Persistence.ReadModel;

using Microsoft.EntityFrameworkCore;

/// <summary>The read model's pool of contexts (its own type, so DI keeps it apart from the main context's).</summary>
internal sealed record ReadModelContextPool(IDbContextFactory<MemberCardDbContext> Contexts);
