namespace MemberCard.ArchitectureTests;

using System.Reflection;
using MemberCard.Domain.Common;

public sealed class AggregateTests
{
    private static readonly Type[] Aggregates = Layers.Domain.GetTypes()
        .Where(t => t.IsClass && !t.IsAbstract && t.IsSubclassOf(typeof(AggregateRoot)))
        .ToArray();

    [Fact]
    public void Aggregates_WhenDiscovered_IncludeTheKnownRoots()
    {
        var names = Aggregates.Select(t => t.Name).ToList();

        names.ShouldContain("Member");
        names.ShouldContain("Branch");
        names.ShouldContain("ProgrammeSettings");
    }

    [Fact]
    public void Aggregates_WhenInspected_AreSealed()
    {
        var aggregates = Aggregates;

        var unsealed = aggregates.Where(t => !t.IsSealed).Select(t => t.FullName);

        unsealed.ShouldBeEmpty();
    }

    [Fact]
    public void Aggregates_WhenInspected_HaveNoPublicSetters()
    {
        var aggregates = Aggregates;

        var publicSetters = aggregates
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        publicSetters.ShouldBeEmpty();
    }

    [Fact]
    public void Aggregates_WhenInspected_HaveNoPublicFieldsOrPublicConstructors()
    {
        var aggregates = Aggregates;

        var publicFields = aggregates
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance))
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}");
        var publicConstructors = aggregates
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0)
            .Select(t => t.Name);

        publicFields.ShouldBeEmpty();
        publicConstructors.ShouldBeEmpty();
    }
}
