namespace MemberCard.Application.StoredValue.GetMyStoredValueLedger;

using Mediator;
using MemberCard.Application.Common.Models;
using MemberCard.Application.StoredValue.Common;

/// <summary>The shopper's stored-value history, newest first.</summary>
public sealed record GetMyStoredValueLedgerQuery(int Page = 1, int PageSize = 20) : IQuery<PagedResult<StoredValueEntryDto>>;
