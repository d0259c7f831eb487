namespace MemberCard.ArchitectureTests;

using System.Runtime.CompilerServices;

/// <summary>
/// The checkout the tests were built from. Builds may put their output outside the repository
/// (<c>--artifacts-path</c>), so the path of this source file is the fallback to walk up from.
/// </summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "MemberCard.sln";

    public static string Path { get; } = Find();

    public static IReadOnlyList<string> SourceFiles()
    {
        var src = System.IO.Path.Combine(Path, "src");
        var separator = System.IO.Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal)
                && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .ToList();
    }

    private static string Find([CallerFilePath] string thisFile = "")
    {
        string?[] starts = [AppContext.BaseDirectory, Directory.GetCurrentDirectory(), System.IO.Path.GetDirectoryName(thisFile)];
        foreach (var start in starts)
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, SolutionFile)))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} above {string.Join(" or ", starts)}.");
    }
}
