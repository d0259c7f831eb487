namespace MemberCard.Application.StoredValue.GetStoredValueSettings;

/// <summary>The stored-value settings of the programme.</summary>
public sealed record StoredValueSettingsDto(decimal MaxBalance, string SpendOrder, bool DepositsCountForTier);
