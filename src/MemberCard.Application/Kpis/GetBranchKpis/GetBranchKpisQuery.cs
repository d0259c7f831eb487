namespace MemberCard.Application.Kpis.GetBranchKpis;

using Mediator;
using MemberCard.Application.Kpis.Common;

/// <summary>The calling branch's KPIs for a month (default: the previous one), with its rank and grade.</summary>
public sealed record GetBranchKpisQuery(string? Month) : IQuery<BranchKpisDto>;
