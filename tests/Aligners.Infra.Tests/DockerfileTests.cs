using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Aligners.Testing;
using Xunit.Abstractions;

namespace Aligners.Infra.Tests;

/// <summary>
/// The images of <c>infra/docker</c>, built from the repository root. Images are only built where a
/// container runtime answers (docker or podman); where none does, as in the build environment,
/// every Dockerfile is checked statically instead: its COPY sources exist, the project it publishes
/// exists, its entry point runs that project's assembly, and the command it passes is one that
/// assembly's command line accepts (asked with <c>--help</c> of the build next to these tests).
/// The static checks run everywhere.
/// </summary>
[Trait("Category", "Integration")]
public partial class DockerfileTests(ITestOutputHelper output)
{
    private static readonly string Docker = Path.Combine(Bicep.Infra, "docker");

    public static TheoryData<string> Dockerfiles() => [.. Directory.GetFiles(Docker, "*.Dockerfile").Select(f => Path.GetFileName(f)).Order()];

    /// <summary>A Dockerfile's instructions, continuation lines joined, comments dropped.</summary>
    private static List<(string Instruction, string Arguments)> Instructions(string file) =>
        [.. Regex.Replace(File.ReadAllText(Path.Combine(Docker, file)), @"\\\r?\n", " ").Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2) is [var i, var a] ? (i.ToUpperInvariant(), a.Trim()) : (l.ToUpperInvariant(), ""))];

    private static string PublishedProject(string file) =>
        Instructions(file).Where(i => i.Instruction == "RUN").Select(i => PublishCommand().Match(i.Arguments)).Single(m => m.Success).Groups[1].Value;

    private static string AssemblyName(string project) =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, project)).Descendants("AssemblyName").FirstOrDefault()?.Value
            ?? Path.GetFileNameWithoutExtension(project);

    /// <summary>The entry point as the program it starts and the arguments it passes.</summary>
    private static (string Program, string[] Arguments) EntryPoint(string file)
    {
        var exec = JsonSerializer.Deserialize<string[]>(Instructions(file).Single(i => i.Instruction == "ENTRYPOINT").Arguments)!;
        return exec[0] == "dotnet" ? (exec[1], exec[2..]) : (Path.GetFileName(exec[0]) + ".dll", exec[1..]);
    }

    [GeneratedRegex(@"dotnet publish (\S+\.csproj)")]
    private static partial Regex PublishCommand();

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void EveryCopySource_Exists(string file)
    {
        foreach (var (_, arguments) in Instructions(file).Where(i => i.Instruction == "COPY"))
        {
            var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Any(p => p.StartsWith("--from=", StringComparison.Ordinal)))
            {
                continue;
            }
            foreach (var source in parts.Where(p => !p.StartsWith("--", StringComparison.Ordinal)).SkipLast(1))
            {
                Assert.True(Path.Exists(Path.Combine(RepositoryPaths.Root, source)), $"{file}: COPY {source} names nothing in the build context");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void PublishedProject_Exists_AndTheEntryPointRunsItsAssembly(string file)
    {
        var project = PublishedProject(file);
        var (program, _) = EntryPoint(file);

        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, project)), $"{file} publishes {project}, which does not exist");
        Assert.Equal(AssemblyName(project) + ".dll", program);
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void EntryPointCommand_IsOneTheAssemblysCommandLineAccepts(string file)
    {
        var (program, arguments) = EntryPoint(file);
        if (arguments.Length == 0)
        {
            return;
        }
        var built = Path.Combine(AppContext.BaseDirectory, program);
        Assert.True(File.Exists(built), $"{file} passes arguments to {program}, which these tests do not build: reference its project to check them");

        var verb = arguments[0].StartsWith('-') ? null : arguments[0];
        var root = Run(built, "--help");
        var verbs = root.Output.Split('\n').SkipWhile(l => l.Trim() != "Commands:").Skip(1).TakeWhile(l => l.Trim().Length > 0)
            .Select(l => l.Trim().Split(' ')[0]).ToList();
        Assert.True(root.ExitCode == 0 && verbs.Count > 0, $"{program} --help lists no commands: {program} has no command line to pass '{string.Join(' ', arguments)}' to\n{root.Output}");
        Assert.True(verb is null || verbs.Contains(verb), $"{file}: '{verb}' is not a command of {program} ({string.Join(", ", verbs)})");
        var help = verb is null ? root : Run(built, verb, "--help");
        foreach (var option in arguments.Where(a => a.StartsWith("--", StringComparison.Ordinal)))
        {
            Assert.Contains(option + " ", help.Output);
        }
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Image_ExposesTheProbedPort(string file)
    {
        Assert.Contains(Instructions(file), i => i.Instruction == "EXPOSE" && i.Arguments == "8080");
        Assert.Contains("targetPort: 8080", File.ReadAllText(Path.Combine(Bicep.Infra, "modules", "containerapps.bicep")));
    }

    [Fact]
    public void GpuImage_UsesTheCudaSwitch() =>
        Assert.Contains("-p:UseCuda=true", File.ReadAllText(Path.Combine(Docker, "inference-gpu.Dockerfile")));

    [Fact]
    public void BuildContext_LeavesOutTheHostsBuildOutputs()
    {
        // The host's obj/ folders (restore state for this machine's paths) would break the restore inside the image.
        var ignored = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".dockerignore")).Select(l => l.Trim()).ToHashSet();

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
    }

    [Fact]
    public void EveryImage_Builds_WhereAContainerRuntimeExists()
    {
        var runtime = new[] { "docker", "podman" }.FirstOrDefault(r => TryRun(r, TimeSpan.FromSeconds(20), "info") == 0);
        if (runtime is null)
        {
            output.WriteLine("No container runtime answers here: images are only built where one exists; the Dockerfiles were checked statically.");
            return;
        }
        foreach (var file in Directory.GetFiles(Docker, "*.Dockerfile").Select(f => Path.GetFileName(f)).Order())
        {
            var tag = "aligners-test-" + Path.GetFileNameWithoutExtension(file);
            var (code, log) = RunIn(RepositoryPaths.Root, runtime, TimeSpan.FromMinutes(60), "build", "-f", Path.Combine(Docker, file), "-t", tag, ".");
            Assert.True(code == 0, $"{runtime} build {file} failed:\n{log}");
        }
    }

    private static (int ExitCode, string Output) Run(string dll, params string[] args) =>
        RunIn(AppContext.BaseDirectory, "dotnet", TimeSpan.FromSeconds(60), [dll, .. args]);

    private static int? TryRun(string program, TimeSpan timeout, params string[] args)
    {
        try
        {
            return RunIn(AppContext.BaseDirectory, program, timeout, args).ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static (int ExitCode, string Output) RunIn(string directory, string program, TimeSpan timeout, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            return (-1, $"timed out after {timeout}\n{stdout.Result}{stderr.Result}");
        }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
