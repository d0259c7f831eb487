namespace MemberCard.ArchitectureTests;

using NetArchTest.Rules;

public sealed class LayerDependencyTests
{
    [Fact]
    public void Domain_WhenInspected_DependsOnNoOuterLayerNorFramework()
    {
        var types = Types.InAssembly(Layers.Domain);

        var result = types.ShouldNot().HaveDependencyOnAny(
            "MemberCard.Application",
            "MemberCard.Infrastructure",
            "MemberCard.Api",
            "Microsoft.EntityFrameworkCore",
            "Npgsql",
            "Microsoft.AspNetCore",
            "FluentValidation").GetResult();

        Failures(result).ShouldBeEmpty();
    }

    [Fact]
    public void Domain_WhenInspected_ReferencesOnlyTheRuntimeAndMediatorAbstractions()
    {
        var assembly = Layers.Domain;

        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.ShouldContain("Mediator");
        references
            .Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name is not ("netstandard" or "mscorlib" or "Mediator"))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Application_WhenInspected_DependsOnNeitherInfrastructureNorApiNorDriverNorWeb()
    {
        var types = Types.InAssembly(Layers.Application);

        var result = types.ShouldNot().HaveDependencyOnAny(
            "MemberCard.Infrastructure",
            "MemberCard.Api",
            "Npgsql",
            "Microsoft.AspNetCore").GetResult();

        Failures(result).ShouldBeEmpty();
    }

    [Fact]
    public void Application_WhenInspected_ReferencesNoOuterAssembly()
    {
        var assembly = Layers.Application;

        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.ShouldContain("MemberCard.Domain");
        references.ShouldNotContain("MemberCard.Infrastructure");
        references.ShouldNotContain("MemberCard.Api");
        references.ShouldNotContain(name => name.StartsWith("Npgsql", StringComparison.Ordinal));
        references.ShouldNotContain(name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Infrastructure_WhenInspected_DoesNotDependOnApi()
    {
        var types = Types.InAssembly(Layers.Infrastructure);

        var result = types.ShouldNot().HaveDependencyOn("MemberCard.Api").GetResult();

        Failures(result).ShouldBeEmpty();
        Layers.Infrastructure.GetReferencedAssemblies().Select(a => a.Name).ShouldNotContain("MemberCard.Api");
    }

    [Fact]
    public void DependencyRule_WhenAppliedToKnownDependencies_DetectsThem()
    {
        // A control: if the matcher ever stopped seeing dependencies, every rule above would pass vacuously.
        var infrastructure = Types.InAssembly(Layers.Infrastructure);
        var api = Types.InAssembly(Layers.Api);

        var efCore = infrastructure.ShouldNot().HaveDependencyOn("Microsoft.EntityFrameworkCore").GetResult();
        var application = api.ShouldNot().HaveDependencyOn("MemberCard.Application").GetResult();

        efCore.IsSuccessful.ShouldBeFalse();
        application.IsSuccessful.ShouldBeFalse();
    }

    private static IEnumerable<string> Failures(TestResult result) => result.FailingTypeNames ?? [];
}
