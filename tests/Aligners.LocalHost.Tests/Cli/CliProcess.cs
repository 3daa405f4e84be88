namespace Aligners.LocalHost.Tests.Cli;

/// <summary>The local host's command line as a separate OS process (the build next to the tests).</summary>
internal static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Aligners.LocalHost.dll");

    public static ChildProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string?> settings) =>
        ChildProcess.StartDotnet([Dll, .. args], settings);

    /// <summary>
    /// The way the README runs the app: <c>dotnet run --project src/LocalHost</c> from
    /// <paramref name="workingDirectory"/>, on the build the tests were built with.
    /// </summary>
    public static ChildProcess StartWithDotnetRun(IEnumerable<string> args, IReadOnlyDictionary<string, string?> settings, string workingDirectory)
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var project = Path.Combine(RepositoryPaths.Root, "src", "LocalHost");
        return ChildProcess.StartDotnet(["run", "--project", project, "-c", configuration, "--no-build", "--", .. args], settings, workingDirectory);
    }
}
