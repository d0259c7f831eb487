namespace MemberCard.Application.StoredValue.UpdateStoredValueSettings;

using Mediator;
using MemberCard.Application.StoredValue.GetStoredValueSettings;
using MemberCard.Domain.StoredValue;

/// <summary>Head office sets the card limit, which part of the balance pays first, and whether deposits lift the tier.</summary>
public sealed record UpdateStoredValueSettingsCommand(decimal? MaxBalance, StoredValueSpendOrder? SpendOrder, bool? DepositsCountForTier) : ICommand<StoredValueSettingsDto>;
