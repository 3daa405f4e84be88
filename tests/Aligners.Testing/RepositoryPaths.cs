namespace Aligners.Testing;

/// <summary>Locations inside the repository, found from the test binaries upwards.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root (the folder holding <c>Aligners.sln</c>).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The models under test: the bundled ones as copied next to the test binaries, or the folder
    /// named by <c>ALIGNERS_TEST_MODELS</c> (an export with the same layout, golden files included).
    /// </summary>
    public static string Models => Environment.GetEnvironmentVariable("ALIGNERS_TEST_MODELS") is { Length: > 0 } dir
        ? dir
        : Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>The golden files of the models under test.</summary>
    public static string Golden => Environment.GetEnvironmentVariable("ALIGNERS_TEST_MODELS") is { Length: > 0 } dir
        ? Path.Combine(dir, "golden")
        : Path.Combine(Root, "models", "golden");

    /// <summary>
    /// Real models the bundle does not ship but the tests need: the embedding heads that were runners-up
    /// to the cross-encoders, written there by the training pipeline with their golden files.
    /// </summary>
    public static string TestModels => Path.Combine(Root, "tests", "models");

    /// <summary>The tiny bring-your-own models <c>training/byo/make.sh</c> writes, with their golden outputs.</summary>
    public static string ByoModels => Path.Combine(Root, "training", "byo", "models");

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
