namespace MemberCard.Application.Points.GetMyLedger;

using Mediator;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Points.Common;

/// <summary>The shopper's points history, newest first.</summary>
public sealed record GetMyLedgerQuery(int Page = 1, int PageSize = 20) : IQuery<PagedResult<LedgerEntryDto>>;
