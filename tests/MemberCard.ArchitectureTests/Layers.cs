namespace MemberCard.ArchitectureTests;

using System.Reflection;
using MemberCard.Application.Cards.ApplyForCard;
using MemberCard.Domain.Members;
using MemberCard.Infrastructure.Persistence;

/// <summary>The assemblies of the four layers, named once for every rule.</summary>
internal static class Layers
{
    public static readonly Assembly Domain = typeof(Member).Assembly;

    public static readonly Assembly Application = typeof(ApplyForCardCommand).Assembly;

    public static readonly Assembly Infrastructure = typeof(MemberCardDbContext).Assembly;

    public static readonly Assembly Api = typeof(Program).Assembly;

    public static IReadOnlyList<Assembly> All { get; } = [Domain, Application, Infrastructure, Api];
}
