namespace MemberCard.Application.StoredValue.GetStoredValueSettings;

using Mediator;

public sealed record GetStoredValueSettingsQuery : IQuery<StoredValueSettingsDto>;
