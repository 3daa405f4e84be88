using Aligners.LocalHost.Hosting;

namespace Aligners.Bench;

/// <summary>Where the benchmarks find the repository, the bundled models and their golden files.</summary>
internal static class BenchPaths
{
    /// <summary>The repository root (the folder holding <c>Aligners.sln</c>).</summary>
    public static string Root { get; } = LocalAzurite.RepositoryRoot() ?? throw new InvalidOperationException("run the benchmarks from the repository");

    /// <summary>The bundled models, as the build copies them next to the binaries.</summary>
    public static string Models => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>The golden files of the bundled models.</summary>
    public static string Golden => Path.Combine(Root, "models", "golden");
}
