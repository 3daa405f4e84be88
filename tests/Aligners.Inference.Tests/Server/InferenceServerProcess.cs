using System.Diagnostics;
using System.Text;
using Aligners.Testing;

namespace Aligners.Inference.Tests.Server;

/// <summary>
/// The inference server (<c>Aligners.Inference.Server.dll</c>, built next to the tests) as its own
/// OS process on a loopback port: real sockets, and a process that can be killed and started again
/// on the same port.
/// </summary>
public sealed class InferenceServerProcess : IAsyncDisposable
{
    /// <summary>The API key the test servers accept.</summary>
    public const string ApiKey = "inference-key-0123456789abcdef";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private InferenceServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The port it listens on.</summary>
    public int Port { get; }

    /// <summary>Its base address.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>What it printed so far.</summary>
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

    /// <summary>Whether it has exited, and with what.</summary>
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>Settings of a server over the bundled models with small limits, accepting <see cref="ApiKey"/>.</summary>
    public static Dictionary<string, string?> DefaultSettings() => new()
    {
        ["Inference:ModelsDirectory"] = RepositoryPaths.Models,
        ["Limits:MaxItemsPerRequest"] = "4",
        ["Limits:MaxCharactersPerText"] = "2000",
        ["Limits:MaxNewTokens"] = "64",
        ["Limits:MaxRequestBodyBytes"] = "65536",
        ["Auth:ApiKeys:0"] = ApiKey,
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>Starts a server and waits until it is ready (or has exited).</summary>
    public static async Task<InferenceServerProcess> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, int? port = null, bool waitReady = true)
    {
        var p = port ?? FreePorts.Next();
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Aligners.Inference.Server.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{p}");
        foreach (var (key, value) in settings ?? DefaultSettings())
        {
            info.Environment[key.Replace(":", "__")] = value;
        }
        var server = new InferenceServerProcess(Process.Start(info)!, p);
        if (!waitReady)
        {
            return server;
        }
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (server.ExitCode is { } code)
            {
                throw new InvalidOperationException($"the inference server exited with {code}:\n{server.Output}");
            }
            try
            {
                if ((await http.GetAsync("readyz")).IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline)
            {
                await server.DisposeAsync();
                throw new TimeoutException($"the inference server did not become ready:\n{server.Output}");
            }
            await Task.Delay(50);
        }
    }

    /// <summary>Waits for the process to exit by itself.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    /// <summary>A client sending the API key (none when null).</summary>
    public HttpClient Client(string? key = ApiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("x-api-key", key);
        }
        return client;
    }

    /// <summary>SIGKILL, like a crashed container.</summary>
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

/// <summary>One server process for a test class.</summary>
public sealed class InferenceServerFixture : IAsyncLifetime
{
    public InferenceServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await InferenceServerProcess.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
