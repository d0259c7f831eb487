namespace MemberCard.Application.StoredValue.ListTopUpPackages;

using Mediator;
using MemberCard.Application.StoredValue.Common;

/// <summary>The top-up packages: those on offer for shoppers, all of them for head office.</summary>
public sealed record ListTopUpPackagesQuery(bool ActiveOnly) : IQuery<IReadOnlyList<TopUpPackageDto>>;
