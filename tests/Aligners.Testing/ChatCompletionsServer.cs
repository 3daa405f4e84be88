using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aligners.Testing;

/// <summary>
/// A scripted answer of <see cref="ChatCompletionsServer"/>: a status, the answer's content, a
/// Retry-After, an error message, a delay before answering, or a raw body in place of a completion.
/// </summary>
public sealed record ScriptedReply(int Status, string? Content = null, string? RetryAfter = null, string? Error = null, int DelayMs = 0,
    string? RawBody = null);

/// <summary>
/// A small OpenAI-compatible chat-completions server on loopback, standing in for Azure OpenAI
/// (an outside service that cannot run here). It speaks the real wire protocol on both route
/// shapes, <c>/openai/deployments/{d}/chat/completions</c> (Azure) and <c>/v1/chat/completions</c>,
/// answers from a script (then a default reply), and records every request body.
/// </summary>
public sealed class ChatCompletionsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedReply> _script = new();

    private ChatCompletionsServer(WebApplication app) => _app = app;

    /// <summary>The base address, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Request bodies received, in order.</summary>
    public ConcurrentQueue<JsonNode> Requests { get; } = new();

    /// <summary>The reply once the script is used up: an answer built from the prompt.</summary>
    public Func<string, string> DefaultAnswer { get; set; } = prompt => $"Here is an answer to: {prompt}";

    /// <summary>Adds replies to the script.</summary>
    public void Enqueue(params ScriptedReply[] replies)
    {
        foreach (var r in replies)
        {
            _script.Enqueue(r);
        }
    }

    /// <summary>
    /// The settings that point an app's chat endpoint section (<c>Llm</c>, <c>AlignerLlm</c>,
    /// <c>InspectorLlm</c>) at this server as an OpenAI-compatible API, with one SDK retry. The
    /// request timeout is long enough that only a reply scripted to be slow runs past it, however
    /// loaded the machine (a loopback call can take seconds while the engine's inference holds both
    /// cores); a test of the timeout itself passes a short one.
    /// </summary>
    public Dictionary<string, string?> SettingsFor(string section, string model = "gpt-4o-mini", int timeoutSeconds = 30) => new()
    {
        [$"{section}:Provider"] = "openai-compatible",
        [$"{section}:Endpoint"] = new Uri(BaseAddress, "v1").ToString(),
        [$"{section}:Deployment"] = model,
        [$"{section}:ApiKey"] = "test-key",
        [$"{section}:MaxRetries"] = "1",
        [$"{section}:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<ChatCompletionsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new ChatCompletionsServer(app);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", (HttpContext c, string deployment) => server.AnswerAsync(c, deployment));
        app.MapPost("/v1/chat/completions", (HttpContext c) => server.AnswerAsync(c, null));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    private async Task AnswerAsync(HttpContext context, string? deployment)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) ?? new JsonObject();
        Requests.Enqueue(body);
        var reply = _script.TryDequeue(out var scripted) ? scripted : null;
        var response = context.Response;
        if (reply is { DelayMs: > 0 })
        {
            try
            {
                await Task.Delay(reply.DelayMs, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the client gave up
            }
        }
        if (reply?.RawBody is { } raw)
        {
            response.StatusCode = reply.Status;
            response.ContentType = "application/json";
            await response.WriteAsync(raw);
            return;
        }
        if (reply is { Status: not 200 })
        {
            response.StatusCode = reply.Status;
            if (reply.RetryAfter is not null)
            {
                response.Headers.RetryAfter = reply.RetryAfter;
            }
            await response.WriteAsJsonAsync(new { error = new { message = reply.Error ?? $"scripted {reply.Status}", type = "scripted", code = reply.Status.ToString() } });
            return;
        }
        var prompt = body["messages"]?.AsArray().LastOrDefault()?["content"]?.ToString() ?? "";
        var content = reply?.Content ?? DefaultAnswer(prompt);
        var model = deployment ?? body["model"]?.GetValue<string>() ?? "scripted-model";
        var completion = new JsonObject
        {
            ["id"] = "chatcmpl-" + Guid.NewGuid().ToString("N")[..12],
            ["object"] = "chat.completion",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = prompt.Split(' ').Length,
                ["completion_tokens"] = content.Split(' ').Length,
                ["total_tokens"] = prompt.Split(' ').Length + content.Split(' ').Length,
            },
        };
        response.ContentType = "application/json";
        await response.WriteAsync(completion.ToJsonString(JsonSerializerOptions.Web));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
