namespace MemberCard.Application.StoredValue.CreateTopUpPackage;

using Mediator;
using MemberCard.Application.StoredValue.Common;

/// <summary>Head office offers a top-up package: pay <see cref="Pay"/>, get <see cref="Bonus"/> on top.</summary>
public sealed record CreateTopUpPackageCommand(string? Name, decimal? Pay, decimal? Bonus) : ICommand<TopUpPackageDto>;
