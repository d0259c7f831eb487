namespace MemberCard.Infrastructure.Persistence;

using MemberCard.Application.Common.Interfaces;

// The read model is this same context (same model, same query filters) built over the read-only connection:
// there is no second scoping to keep in step.
public sealed partial class MemberCardDbContext : IReadModelDb;
