namespace MemberCard.Application.StoredValue.UpdateTopUpPackage;

using Mediator;
using MemberCard.Application.StoredValue.Common;

/// <summary>Changes a package or takes it off offer (<see cref="Active"/> false); top-ups already made keep what they got.</summary>
public sealed record UpdateTopUpPackageCommand(Guid PackageId, string? Name, decimal? Pay, decimal? Bonus, bool? Active) : ICommand<TopUpPackageDto>;
