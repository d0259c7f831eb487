namespace MemberCard.ArchitectureTests;

public sealed class SourceConventionTests
{
    private static readonly string[] ForbiddenClocks =
    [
        "DateTime.Now",
        "DateTime.UtcNow",
        "DateTime.Today",
        "DateTimeOffset.Now",
        "DateTimeOffset.UtcNow",
    ];

    [Fact]
    public void SourceFiles_WhenScanned_ReadTimeOnlyFromTimeProvider()
    {
        var sources = RepositoryRoot.SourceFiles();

        var offenders = sources
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(x => ForbiddenClocks.Any(clock => x.line.Contains(clock, StringComparison.Ordinal)))
            .Select(x => $"{Path.GetRelativePath(RepositoryRoot.Path, x.path)}:{x.number}: {x.line.Trim()}");

        sources.Count.ShouldBeGreaterThan(50);
        sources.ShouldContain(path => path.EndsWith("Member.cs", StringComparison.Ordinal));
        offenders.ShouldBeEmpty();
    }
}
