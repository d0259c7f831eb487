namespace MemberCard.Application.StoredValue.CreateTopUpPackage;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.StoredValue.Common;
using MemberCard.Domain.Common;
using MemberCard.Domain.StoredValue;

public sealed class CreateTopUpPackageCommandHandler(IMemberCardDbContext db, TimeProvider clock) : ICommandHandler<CreateTopUpPackageCommand, TopUpPackageDto>
{
    public async ValueTask<TopUpPackageDto> Handle(CreateTopUpPackageCommand command, CancellationToken cancellationToken)
    {
        var package = TopUpPackage.Create(command.Name!, Money.Create(command.Pay!.Value), Money.Create(command.Bonus!.Value), clock.GetUtcNow());
        db.TopUpPackages.Add(package);
        await db.SaveChangesAsync(cancellationToken);
        return TopUpPackageDto.From(package);
    }
}
