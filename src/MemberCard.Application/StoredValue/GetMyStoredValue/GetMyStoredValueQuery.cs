namespace MemberCard.Application.StoredValue.GetMyStoredValue;

using Mediator;
using MemberCard.Application.StoredValue.Common;

/// <summary>The shopper's stored-value balance.</summary>
public sealed record GetMyStoredValueQuery : IQuery<StoredValueBalanceDto>;
