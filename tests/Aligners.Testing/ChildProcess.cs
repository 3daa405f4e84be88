using System.Diagnostics;
using System.Text;

namespace Aligners.Testing;

/// <summary>
/// A program a test runs as its own OS process (the local host, its command line, the inference
/// server): settings passed as environment variables, as the platforms pass them; everything it
/// prints kept for failure messages; and the ways a test ends it (SIGTERM, SIGKILL like a crashed
/// machine, or killed when the test is done).
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private bool _disposed;

    private ChildProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>What the process printed so far, standard output and error together.</summary>
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

    /// <summary>The process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code of an ended process.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>
    /// Starts <c>dotnet</c> with <paramref name="args"/>, each of <paramref name="settings"/> as an
    /// environment variable (<c>:</c> written <c>__</c>), in <paramref name="workingDirectory"/> when given.
    /// </summary>
    public static ChildProcess StartDotnet(IEnumerable<string> args, IReadOnlyDictionary<string, string?> settings, string? workingDirectory = null)
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
        return new ChildProcess(Process.Start(info)!);
    }

    /// <summary>
    /// Polls <paramref name="url"/> until <paramref name="ready"/> accepts its answer. Fails with the
    /// output when the process exits first, and kills it when <paramref name="timeout"/> passes.
    /// </summary>
    public async Task WaitUntilAnswersAsync(Uri url, Func<HttpResponseMessage, bool> ready, TimeSpan timeout, string name)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (HasExited)
            {
                throw new InvalidOperationException($"{name} exited with {ExitCode}:\n{Output}");
            }
            try
            {
                if (ready(await http.GetAsync(url)))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline)
            {
                await DisposeAsync();
                throw new TimeoutException($"{name} did not answer within {timeout}:\n{Output}");
            }
            await Task.Delay(50);
        }
    }

    /// <summary>The exit code once the process has ended; <see cref="OperationCanceledException"/> when it runs past <paramref name="timeout"/>.</summary>
    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGTERM, as a service manager, <c>timeout</c> or <c>kill</c> sends it: the program is asked to stop.</summary>
    public void Terminate() => ProcessSignals.Terminate(_process);

    /// <summary>SIGKILL to the process and its children: no shutdown code runs, exactly like a crashed machine.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
