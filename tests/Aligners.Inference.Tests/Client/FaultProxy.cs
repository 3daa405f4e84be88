using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aligners.Inference.Tests.Client;

/// <summary>A fault the proxy answers with instead of forwarding.</summary>
public abstract record Fault
{
    /// <summary>Answer this status (with Retry-After when given).</summary>
    public sealed record Status(int Code, string? RetryAfter = null) : Fault;

    /// <summary>Hold the request this long, then forward it.</summary>
    public sealed record Delay(TimeSpan Duration) : Fault;

    /// <summary>Drop the connection without an answer.</summary>
    public sealed record Drop : Fault;
}

/// <summary>
/// A reverse proxy on loopback in front of the real inference server: it forwards requests as
/// they are, except that it answers the next scripted faults (503, 429 with Retry-After, a delay,
/// a dropped connection) first. It counts what reached the server, so a test can tell a retried
/// call from one that ran twice.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Fault> _script = new();
    private readonly HttpClient _upstream;
    private int _forwarded;
    private int _received;

    private FaultProxy(WebApplication app, Uri upstream)
    {
        _app = app;
        _upstream = new HttpClient { BaseAddress = upstream, Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>The proxy's base address.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Requests that reached the server.</summary>
    public int Forwarded => Volatile.Read(ref _forwarded);

    /// <summary>Requests the proxy received.</summary>
    public int Received => Volatile.Read(ref _received);

    /// <summary>Adds faults to answer before forwarding again.</summary>
    public void Enqueue(params Fault[] faults)
    {
        foreach (var f in faults)
        {
            _script.Enqueue(f);
        }
    }

    /// <summary>Starts a proxy to <paramref name="upstream"/> on a free loopback port.</summary>
    public static async Task<FaultProxy> StartAsync(Uri upstream)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var proxy = new FaultProxy(app, upstream);
        app.Run(proxy.HandleAsync);
        await app.StartAsync();
        proxy.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
        return proxy;
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _received);
        if (_script.TryDequeue(out var fault))
        {
            switch (fault)
            {
                case Fault.Status s:
                    context.Response.StatusCode = s.Code;
                    if (s.RetryAfter is not null)
                    {
                        context.Response.Headers.RetryAfter = s.RetryAfter;
                    }
                    await context.Response.WriteAsync($"scripted {s.Code}");
                    return;
                case Fault.Drop:
                    context.Abort();
                    return;
                case Fault.Delay d:
                    try
                    {
                        await Task.Delay(d.Duration, context.RequestAborted);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                    break;
            }
        }
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.Path + context.Request.QueryString);
        if (context.Request.ContentLength is > 0 || context.Request.Headers.ContainsKey("Transfer-Encoding"))
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            request.Content = new ByteArrayContent(buffer.ToArray());
            request.Content.Headers.TryAddWithoutValidation("Content-Type", context.Request.ContentType);
        }
        foreach (var header in context.Request.Headers.Where(h => h.Key is "x-api-key" or "Authorization"))
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
        }
        Interlocked.Increment(ref _forwarded);
        using var response = await _upstream.SendAsync(request, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        if (response.Content.Headers.ContentType is { } type)
        {
            context.Response.ContentType = type.ToString();
        }
        await response.Content.CopyToAsync(context.Response.Body);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _upstream.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
