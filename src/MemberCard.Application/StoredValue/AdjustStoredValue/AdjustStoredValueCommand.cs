namespace MemberCard.Application.StoredValue.AdjustStoredValue;

using Mediator;
using MemberCard.Application.StoredValue.Common;

/// <summary>A head-office correction of a member's stored value: signed principal and/or bonus, with a reason.</summary>
public sealed record AdjustStoredValueCommand(Guid MemberId, decimal? Principal, decimal? Bonus, string? Reason) : ICommand<StoredValueEntryDto>;
