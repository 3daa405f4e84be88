using System.Security.Cryptography;
using System.Text;
using Aligners.Inference.Client;
using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Journal;
using Aligners.Orchestration.Runtime;
using Aligners.Orchestration.Telemetry;
using Microsoft.Extensions.Options;

namespace Aligners.Orchestration.Client;

/// <summary>How to start an instance.</summary>
public sealed record StartOptions
{
    /// <summary>The same key always yields the same instance.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The bulk job the instance belongs to.</summary>
    public string? JobId { get; init; }

    /// <summary>
    /// Hold the work message invisible this long: the safety net of the inline path, which
    /// advances the instance itself and deletes the message when it finishes in time.
    /// </summary>
    public TimeSpan? MessageDelay { get; init; }
}

/// <summary>The instance a start produced or found.</summary>
public sealed record StartResult(string InstanceId, bool Created, SentMessage? Message);

/// <summary>
/// The client API of the orchestration: start (idempotent by key), status and result, the inline
/// fast path, and the journal with its verification.
/// </summary>
public sealed class AlignmentClient(JournalStore journals, InstanceIndex index, WorkQueue queue, InstanceRunner runner,
    IAlignmentInference inference, ActivityRunner activities, IOptions<AlignmentOptions> alignment, TimeProvider clock)
{
    /// <summary>Whether an upstream LLM is configured (requests may then omit the response).</summary>
    public bool HasLlm => activities.HasLlm;

    /// <summary>The policy a request naming <paramref name="name"/> gets; null when unknown.</summary>
    public AlignmentPolicy? ResolvePolicy(string? name) => alignment.Value.Resolve(name);

    /// <summary>Criteria that have both an inspector and an aligner, ordered by name.</summary>
    public async Task<IReadOnlyList<string>> GetCriteriaAsync(CancellationToken ct)
    {
        var models = await inference.GetModelsAsync(ct).ConfigureAwait(false);
        var inspectors = models.Where(m => m.Kind == "inspector").Select(m => m.Criterion).ToHashSet();
        return [.. models.Where(m => m.Kind == "aligner" && inspectors.Contains(m.Criterion)).Select(m => m.Criterion).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>Validates and starts an instance; with a known idempotency key, returns the existing one.</summary>
    /// <exception cref="AlignmentRequestException">The request is invalid; nothing was created.</exception>
    public async Task<StartResult> StartAsync(AlignmentRequest request, StartOptions? options, CancellationToken ct)
    {
        options ??= new StartOptions();
        var started = await ValidateAsync(request, options, ct).ConfigureAwait(false);
        var id = options.IdempotencyKey is { } key ? IdFromKey(key) : Guid.CreateVersion7().ToString("N");
        var created = await journals.CreateAsync(id, ct).ConfigureAwait(false);
        var writer = await JournalWriter.OpenAsync(journals, clock, id, ct).ConfigureAwait(false);
        JournalEvent? firstEvent = null;
        if (writer is null)
        {
            // A new journal, or one whose creator died before writing: the first event decides.
            var first = HashChain.Seal(0, EventTypes.InstanceStarted, clock.GetUtcNow(), Decider.ToJson(started), HashChain.Genesis);
            firstEvent = first;
            try
            {
                await journals.AppendAsync(id, [HashChain.ToLine(first)], 0, ct).ConfigureAwait(false);
                created = true;
            }
            catch (JournalConflictException)
            {
                created = false;
            }
        }
        else
        {
            created = false;
        }
        SentMessage? message = null;
        if (created || (await index.GetAsync(id, ct, options.JobId).ConfigureAwait(false))?.Status is null or RuntimeStatus.Pending)
        {
            // The summary row goes before the message, so a fast worker's rows always come later.
            // A repeated start of a still-Pending instance sends the message again: a start that died
            // between row and message leaves no other trace, and a duplicate message is harmless.
            var state = created ? InstanceState.Replay([firstEvent!]) : await ReadStateAsync(id, ct).ConfigureAwait(false);
            await index.UpsertAsync(id, state!, RuntimeStatus.Pending, "pending", ct).ConfigureAwait(false);
            message = await queue.EnqueueAsync(id, options.MessageDelay, ct).ConfigureAwait(false);
        }
        if (created)
        {
            AlignersTelemetry.InstancesStarted.Add(1);
        }
        return new StartResult(id, created, message);
    }

    /// <summary>
    /// Advances the instance in this process for up to <paramref name="budget"/>; if it finishes,
    /// deletes the safety-net <paramref name="message"/>. Returns the status either way.
    /// </summary>
    public async Task<InstanceStatus> RunInlineAsync(string instanceId, SentMessage? message, TimeSpan budget, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(budget);
        try
        {
            await runner.AdvanceAsync(instanceId, limit.Token).ConfigureAwait(false);
            if (message is not null)
            {
                await queue.DeleteAsync(message.MessageId, message.PopReceipt, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // Past the budget: the safety-net message lets a worker finish it.
        }
        return await GetStatusAsync(instanceId, ct).ConfigureAwait(false)
            ?? throw new InstanceNotFoundException(instanceId);
    }

    /// <summary>The status of an instance from its journal; null when unknown.</summary>
    public async Task<InstanceStatus?> GetStatusAsync(string instanceId, CancellationToken ct)
    {
        var state = await ReadStateAsync(instanceId, ct).ConfigureAwait(false);
        if (state is null)
        {
            return null;
        }
        var decision = Decider.Decide(state);
        var status = state.Output is not null ? RuntimeStatus.Completed
            : state.Error is not null ? RuntimeStatus.Failed
            : state.Completed.Count == 0 && state.Scheduled.Count == 0 ? RuntimeStatus.Pending
            : RuntimeStatus.Running;
        var stage = status == RuntimeStatus.Pending ? "pending" : decision.Stage;
        return new InstanceStatus(instanceId, status, stage, state.CreatedAt, state.UpdatedAt, state.Started.JobId, state.Output, state.Error);
    }

    /// <summary>The journal's stored lines; null when unknown.</summary>
    public async Task<IReadOnlyList<string>?> ReadJournalAsync(string instanceId, CancellationToken ct) =>
        (await journals.ReadAsync(instanceId, 0, ct).ConfigureAwait(false))?.Lines;

    /// <summary>Verifies the hash chain of a journal; null when unknown.</summary>
    public async Task<VerificationResult?> VerifyAsync(string instanceId, CancellationToken ct) =>
        await ReadJournalAsync(instanceId, ct).ConfigureAwait(false) is { } lines ? HashChain.Verify(lines) : null;

    /// <summary>Every instance id with a journal.</summary>
    public IAsyncEnumerable<string> ListInstanceIdsAsync(CancellationToken ct) => journals.ListAsync(ct);

    /// <summary>The instance id an idempotency key maps to.</summary>
    public static string IdFromKey(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("aligners/idempotency/" + key)))[..32];

    private async Task<InstanceState?> ReadStateAsync(string instanceId, CancellationToken ct)
    {
        var read = await journals.ReadAsync(instanceId, 0, ct).ConfigureAwait(false);
        return read is null || read.Lines.Count == 0 ? null : InstanceState.Replay([.. read.Lines.Select(HashChain.Parse)]);
    }

    private async Task<StartedData> ValidateAsync(AlignmentRequest request, StartOptions options, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Prompt))
        {
            throw new AlignmentRequestException("prompt", "is required and must not be blank");
        }
        if (request.Response is null && !activities.HasLlm)
        {
            throw new AlignmentRequestException("response",
                "is required: no upstream LLM is configured (Llm:Provider is none), so the request must bring the answer to align");
        }
        if (options.IdempotencyKey is { } key && (key.Length is 0 or > 256 || key.Any(char.IsControl)))
        {
            throw new AlignmentRequestException("idempotencyKey", "must be 1 to 256 printable characters");
        }
        var known = await GetCriteriaAsync(ct).ConfigureAwait(false);
        var criteria = request.Criteria is { Count: > 0 } asked ? asked : known;
        for (var i = 0; i < criteria.Count; i++)
        {
            if (!known.Contains(criteria[i]))
            {
                throw new AlignmentRequestException($"criteria[{i}]", $"unknown criterion '{criteria[i]}'; known: {string.Join(", ", known)}");
            }
        }
        var policy = alignment.Value.Resolve(request.Policy)
            ?? throw new AlignmentRequestException("policy", $"unknown policy '{request.Policy}'; known: {string.Join(", ", alignment.Value.Names)}");
        return new StartedData(request with { Criteria = null }, [.. criteria.Distinct()], policy, options.JobId, options.IdempotencyKey);
    }
}
