namespace MemberCard.Application.StoredValue.CreateTopUpOrder;

using Mediator;
using MemberCard.Application.StoredValue.Common;

/// <summary>The shopper orders a top-up in the mini-program; it is credited once the payment is confirmed.</summary>
public sealed record CreateTopUpOrderCommand(decimal? Amount, Guid? PackageId) : ICommand<TopUpOrderDto>;
