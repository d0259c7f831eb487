namespace MemberCard.Application.Programme.GetProgramme;

using Mediator;

public sealed record GetProgrammeQuery : IQuery<ProgrammeDto>;
