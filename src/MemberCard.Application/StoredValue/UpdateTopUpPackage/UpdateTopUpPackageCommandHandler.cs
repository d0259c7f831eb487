namespace MemberCard.Application.StoredValue.UpdateTopUpPackage;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.StoredValue.Common;
using MemberCard.Domain.Common;
using Microsoft.EntityFrameworkCore;

public sealed class UpdateTopUpPackageCommandHandler(IMemberCardDbContext db, TimeProvider clock) : ICommandHandler<UpdateTopUpPackageCommand, TopUpPackageDto>
{
    public async ValueTask<TopUpPackageDto> Handle(UpdateTopUpPackageCommand command, CancellationToken cancellationToken)
    {
        var package = await db.TopUpPackages.SingleOrDefaultAsync(p => p.Id == command.PackageId, cancellationToken)
            ?? throw new NotFoundException("stored_value.package_not_found", "No such top-up package.");
        package.Update(command.Name!, Money.Create(command.Pay!.Value), Money.Create(command.Bonus!.Value), command.Active ?? package.Active, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TopUpPackageDto.From(package);
    }
}
