using System.Diagnostics;
using System.Text;

namespace Aligners.LocalHost.Tests.Cli;

/// <summary>The local host's command line as a separate OS process (the build next to the tests).</summary>
internal sealed class CliProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private CliProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Aligners.LocalHost.dll");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static CliProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string?> settings) =>
        Launch([Dll, .. args], settings, workingDirectory: null);

    /// <summary>
    /// The way the README runs the app: <c>dotnet run --project src/LocalHost</c> from
    /// <paramref name="workingDirectory"/>, on the build the tests were built with.
    /// </summary>
    public static CliProcess StartWithDotnetRun(IEnumerable<string> args, IReadOnlyDictionary<string, string?> settings, string workingDirectory)
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var project = Path.Combine(Aligners.Testing.RepositoryPaths.Root, "src", "LocalHost");
        return Launch(["run", "--project", project, "-c", configuration, "--no-build", "--", .. args], settings, workingDirectory);
    }

    private static CliProcess Launch(IEnumerable<string> args, IReadOnlyDictionary<string, string?> settings, string? workingDirectory)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__")] = value;
        }
        return new CliProcess(Process.Start(info)!);
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGTERM: the app is asked to stop.</summary>
    public void Terminate() => Aligners.Testing.ProcessSignals.Terminate(_process);

    /// <summary>SIGKILL: no shutdown code runs, exactly like a crashed machine.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
