namespace MemberCard.Application.Points.GetMyLots;

using Mediator;

public sealed record GetMyLotsQuery : IQuery<MyPointsDto>;
