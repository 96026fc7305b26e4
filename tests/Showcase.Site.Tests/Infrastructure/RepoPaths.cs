namespace Showcase.Site.Tests.Infrastructure;

/// <summary>Where the repository's folders are, found from the test assembly's location.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Theme => Path.Combine(Root, "themes", "default");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Showcase.Generator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Showcase.Generator.sln not found above " + AppContext.BaseDirectory);
    }
}
