namespace MemberCard.Application.Jobs.ExpirePoints;

using Mediator;

/// <summary>Expires every lot of one member that is gone on <see cref="AsOf"/>; returns how many lots it cleared.</summary>
public sealed record ExpirePointsCommand(Guid MemberId, DateOnly AsOf) : ICommand<int>;
