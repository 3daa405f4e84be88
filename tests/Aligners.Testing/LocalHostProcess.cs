using System.Diagnostics;
using System.Text;

namespace Aligners.Testing;

/// <summary>
/// The local host (<c>Aligners.LocalHost.dll</c>, built next to the tests) as a separate OS
/// process serving the function app on a free loopback port: real sockets, and a process that
/// can be SIGKILLed like a crashed machine.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private LocalHostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The HTTP API's base address.</summary>
    public Uri BaseAddress { get; }

    /// <summary>What the process printed so far (for failure messages).</summary>
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

    /// <summary>The process id (the audit record names the process that did each step).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The executable next to the test binaries.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Aligners.LocalHost.dll");

    /// <summary>Starts <c>serve</c> with <paramref name="settings"/> as environment variables and waits until health answers.</summary>
    public static async Task<LocalHostProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, TimeSpan? timeout = null, bool requireHealthy = true)
    {
        var port = FreePorts.Next();
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in new[] { Dll, "serve", "--urls", $"http://127.0.0.1:{port}" })
        {
            info.ArgumentList.Add(a);
        }
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__")] = value;
        }
        var host = new LocalHostProcess(Process.Start(info)!, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            if (host.HasExited)
            {
                throw new InvalidOperationException($"the local host exited with {host._process.ExitCode}:\n{host.Output}");
            }
            try
            {
                // Healthy, or (for a host whose dependencies are down on purpose) answering at all.
                if ((await http.GetAsync("api/health")) is { } health && (health.IsSuccessStatusCode || !requireHealthy))
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline)
            {
                await host.DisposeAsync();
                throw new TimeoutException($"the local host did not answer within the timeout:\n{host.Output}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>A client of the API sending <paramref name="key"/> (none when null).</summary>
    public HttpClient Client(string? key = HostSettings.FunctionKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", key);
        }
        return client;
    }

    /// <summary>SIGTERM, as a service manager or <c>timeout</c> sends it: the app is asked to stop.</summary>
    public void Terminate() => ProcessSignals.Terminate(_process);

    /// <summary>Whether the process ended within <paramref name="timeout"/>; its exit code when it did.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a crashed machine.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
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
