namespace Aligners.Testing;

/// <summary>Locations inside the repository, found from the test binaries upwards.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root (the folder holding <c>Aligners.sln</c>).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The bundled models as copied next to the test binaries.</summary>
    public static string Models => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>The golden files of the bundled models.</summary>
    public static string Golden => Path.Combine(Root, "models", "golden");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Aligners.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no Aligners.sln above {AppContext.BaseDirectory}");
    }
}
