using System.Diagnostics;
using System.Text.Json.Nodes;
using Aligners.Inference.Client;
using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Runtime;
using Microsoft.Extensions.AI;
using Polly;
using Polly.Retry;

namespace Aligners.Orchestration.Activities;

/// <summary>
/// One activity to run, with its inputs resolved from the journal before it starts (so running
/// activities never read the state other activities' completions are changing).
/// </summary>
public sealed record ActivityRequest(ActivityCall Call, string Prompt, string? Text)
{
    /// <summary>Resolves the response version the call works on.</summary>
    public static ActivityRequest For(InstanceState state, ActivityCall call) => new(call, state.Started.Request.Prompt,
        call.Input["version"] is { } v ? Decider.TextOf(state, v.GetValue<int>()) : null);
}

/// <summary>What an activity returned and what it cost.</summary>
public sealed record ActivityOutcome(JsonObject Output, double DurationMs, int Attempts);

/// <summary>
/// Runs the three activities (LLM call, inspection, rewrite) with retries for transient failures:
/// exponential backoff with jitter, honouring Retry-After. Activities are idempotent: running one
/// again gives an equivalent output, so at-least-once execution is safe.
/// </summary>
public sealed class ActivityRunner
{
    private readonly IAlignmentInference _inference;
    private readonly IChatClient? _chat;
    private readonly LlmOptions _llm;
    private readonly ResiliencePipeline _retry;

    /// <summary>Creates the runner.</summary>
    public ActivityRunner(IAlignmentInference inference, IChatClient? chat, LlmOptions llm, OrchestrationOptions options)
    {
        _inference = inference;
        _chat = chat;
        _llm = llm;
        var maxDelay = TimeSpan.FromMilliseconds(options.ActivityRetryMaxDelayMilliseconds);
        _retry = new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, options.ActivityMaxRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(options.ActivityRetryBaseDelayMilliseconds),
            MaxDelay = maxDelay,
            ShouldHandle = args => ValueTask.FromResult(options.ActivityMaxRetries > 0 && args.Outcome.Exception is { } e
                && TransientFailures.IsTransient(e) && !args.Context.CancellationToken.IsCancellationRequested),
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is { } e && TransientFailures.RetryAfter(e) is { } after
                ? (TimeSpan?)(after < maxDelay ? after : maxDelay)
                : null),
        }).Build();
    }

    /// <summary>Whether an upstream LLM is configured.</summary>
    public bool HasLlm => _chat is not null;

    /// <summary>Runs one activity, retrying transient failures.</summary>
    /// <exception cref="PermanentActivityException">The activity cannot succeed; journal the reason.</exception>
    public async Task<ActivityOutcome> RunAsync(ActivityRequest request, CancellationToken ct)
    {
        var call = request.Call;
        var attempts = 0;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var output = await _retry.ExecuteAsync(async token =>
            {
                attempts++;
                return call.Name switch
                {
                    ActivityNames.Llm => await CallLlmAsync(request.Prompt, token).ConfigureAwait(false),
                    ActivityNames.Inspect => await InspectAsync(request, token).ConfigureAwait(false),
                    ActivityNames.Align => await AlignAsync(request, token).ConfigureAwait(false),
                    _ => throw new PermanentActivityException($"unknown activity '{call.Name}'"),
                };
            }, ct).ConfigureAwait(false);
            return new ActivityOutcome(output, Stopwatch.GetElapsedTime(started).TotalMilliseconds, attempts);
        }
        catch (Exception e) when (!TransientFailures.IsTransient(e) && e is not PermanentActivityException && !ct.IsCancellationRequested)
        {
            throw new PermanentActivityException(TransientFailures.Describe(e), e);
        }
    }

    private async Task<JsonObject> CallLlmAsync(string prompt, CancellationToken ct)
    {
        if (_chat is null)
        {
            throw new PermanentActivityException("no LLM is configured (Llm:Provider is none) and the request has no response");
        }
        var messages = new List<ChatMessage>();
        if (!string.IsNullOrEmpty(_llm.SystemPrompt))
        {
            messages.Add(new ChatMessage(ChatRole.System, _llm.SystemPrompt));
        }
        messages.Add(new ChatMessage(ChatRole.User, prompt));
        var started = Stopwatch.GetTimestamp();
        var response = await _chat.GetResponseAsync(messages, new ChatOptions { MaxOutputTokens = _llm.MaxOutputTokens }, ct).ConfigureAwait(false);
        var text = response.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new PermanentActivityException($"the LLM returned an empty answer (finish reason {response.FinishReason})");
        }
        return new JsonObject
        {
            ["text"] = text,
            ["model"] = response.ModelId,
            ["inputTokens"] = response.Usage?.InputTokenCount,
            ["outputTokens"] = response.Usage?.OutputTokenCount,
            ["latencyMs"] = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3),
        };
    }

    private async Task<JsonObject> InspectAsync(ActivityRequest request, CancellationToken ct)
    {
        var criterion = request.Call.Input["criterion"]!.GetValue<string>();
        var score = await _inference.InspectAsync(criterion, request.Prompt, request.Text!, ct).ConfigureAwait(false);
        return new JsonObject { ["score"] = Math.Round((double)score, 6) };
    }

    private async Task<JsonObject> AlignAsync(ActivityRequest request, CancellationToken ct)
    {
        var criterion = request.Call.Input["criterion"]!.GetValue<string>();
        var text = request.Text!;
        var result = await _inference.AlignAsync(criterion, request.Prompt, text, null, ct).ConfigureAwait(false);
        // An empty rewrite would erase the answer: keep the input and say so.
        var empty = string.IsNullOrWhiteSpace(result.Aligned);
        return new JsonObject
        {
            ["text"] = empty ? text : result.Aligned,
            ["empty"] = empty ? true : null,
            ["model"] = result.Model,
            ["inputTokens"] = result.InputTokens,
            ["outputTokens"] = result.OutputTokens,
            ["finishReason"] = result.FinishReason,
        };
    }
}
