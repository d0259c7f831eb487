namespace MemberCard.Application.Common.Interfaces;

/// <summary>
/// The database for reads that tolerate a few seconds of staleness: the KPI board and the back-office lists.
/// It may be served by a read replica (ADR 0018), with the same tables and the same branch scoping as
/// <see cref="IMemberCardDbContext"/>; saving through it throws. The till and anything a caller must see right
/// after its own write keep using <see cref="IMemberCardDbContext"/>.
/// </summary>
public interface IReadModelDb : IMemberCardDbContext;
