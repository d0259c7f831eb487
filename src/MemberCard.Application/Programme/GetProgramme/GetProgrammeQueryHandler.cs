namespace MemberCard.Application.Programme.GetProgramme;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

public sealed class GetProgrammeQueryHandler(IMemberCardDbContext db) : IQueryHandler<GetProgrammeQuery, ProgrammeDto>
{
    public async ValueTask<ProgrammeDto> Handle(GetProgrammeQuery query, CancellationToken cancellationToken) =>
        ProgrammeDto.From(await db.Programme.AsNoTracking().SingleAsync(cancellationToken));
}
