namespace MemberCard.Application.Members.GetMyCard;

using Mediator;

public sealed record GetMyCardQuery : IQuery<MyCardDto>;
