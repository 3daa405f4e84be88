using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Journal;
using Aligners.Orchestration.Telemetry;
using Microsoft.Extensions.Logging;

namespace Aligners.Orchestration.Runtime;

/// <summary>The journal of an instance that was asked for does not exist.</summary>
public sealed class InstanceNotFoundException(string instanceId) : Exception($"instance '{instanceId}' does not exist")
{
    /// <summary>The instance id.</summary>
    public string InstanceId { get; } = instanceId;
}

/// <summary>
/// Advances an instance: decide from the journal, journal the scheduling, run the activities
/// concurrently, journal each completion on its own, repeat until the journal ends the instance.
/// Safe to run from several workers at once: every append is conditional, a loser catches up and
/// decides again, and an activity's completion is appended only while none is journaled.
/// </summary>
public sealed partial class InstanceRunner(JournalStore journals, InstanceIndex index, ActivityRunner activities,
    IEnumerable<IInstanceObserver> observers, TimeProvider clock, ILogger<InstanceRunner> logger)
{
    /// <summary>Advances <paramref name="instanceId"/> until it completes or fails; returns the final state.</summary>
    /// <exception cref="InstanceNotFoundException">No journal exists for the id.</exception>
    public async Task<InstanceState> AdvanceAsync(string instanceId, CancellationToken ct)
    {
        var writer = await JournalWriter.OpenAsync(journals, clock, instanceId, ct).ConfigureAwait(false)
            ?? throw new InstanceNotFoundException(instanceId);
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var decision = Decider.Decide(writer.State);
            if (decision.Finished)
            {
                await FinishAsync(writer.State, instanceId, ct).ConfigureAwait(false);
                return writer.State;
            }
            if (decision.Complete is { } output)
            {
                var data = new JsonObject { ["output"] = JsonSerializer.SerializeToNode(output, InstanceState.Json) };
                if (await writer.AppendWhenAsync(EventTypes.InstanceCompleted, data, s => !s.IsTerminal, ct).ConfigureAwait(false))
                {
                    AlignersTelemetry.InstancesCompleted.Add(1);
                    LogCompleted(logger, instanceId, output.Applied.Count);
                }
                continue;
            }
            if (decision.Fail is { } error)
            {
                await FailAsync(writer, error, ct).ConfigureAwait(false);
                continue;
            }
            var fresh = decision.Run.Where(c => !c.Scheduled).ToList();
            if (fresh.Count > 0)
            {
                var items = fresh.Select(c => (EventTypes.ActivityScheduled,
                    new JsonObject { ["activityId"] = c.Id, ["name"] = c.Name, ["input"] = c.Input.DeepClone() })).ToList();
                try
                {
                    var appended = await writer.AppendAsync(items,
                        s => !s.IsTerminal && fresh.All(c => !s.Scheduled.Contains(c.Id) && !s.Completed.ContainsKey(c.Id)), ct).ConfigureAwait(false);
                    if (!appended)
                    {
                        continue;
                    }
                }
                catch (JournalConflictException)
                {
                    continue;
                }
            }
            await index.UpsertAsync(instanceId, writer.State, RuntimeStatus.Running, decision.Stage, ct).ConfigureAwait(false);
            var requests = decision.Run.Select(c => ActivityRequest.For(writer.State, c)).ToList();
            await Task.WhenAll(requests.Select(r => ExecuteAsync(writer, r, ct))).ConfigureAwait(false);
        }
    }

    /// <summary>Journals a failure that ends the instance (a poisoned message), unless it already ended.</summary>
    public async Task FailAsync(string instanceId, string error, CancellationToken ct)
    {
        var writer = await JournalWriter.OpenAsync(journals, clock, instanceId, ct).ConfigureAwait(false);
        if (writer is not null)
        {
            await FailAsync(writer, error, ct).ConfigureAwait(false);
            await FinishAsync(writer.State, instanceId, ct).ConfigureAwait(false);
        }
    }

    private async Task FailAsync(JournalWriter writer, string error, CancellationToken ct)
    {
        if (await writer.AppendWhenAsync(EventTypes.InstanceFailed, new JsonObject { ["error"] = error }, s => !s.IsTerminal, ct).ConfigureAwait(false))
        {
            AlignersTelemetry.InstancesFailed.Add(1);
            LogFailed(logger, writer.InstanceId, error);
        }
    }

    private async Task ExecuteAsync(JournalWriter writer, ActivityRequest request, CancellationToken ct)
    {
        var call = request.Call;
        using var span = AlignersTelemetry.StartActivitySpan(writer.InstanceId, call.Id, call.Name);
        ActivityOutcome outcome;
        try
        {
            outcome = await activities.RunAsync(request, ct).ConfigureAwait(false);
        }
        catch (PermanentActivityException e)
        {
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.Message);
            var failed = new JsonObject { ["activityId"] = call.Id, ["name"] = call.Name, ["error"] = e.Message };
            await writer.AppendWhenAsync(EventTypes.ActivityFailed, failed,
                s => !s.IsTerminal && !s.Completed.ContainsKey(call.Id) && !s.Failed.ContainsKey(call.Id), ct).ConfigureAwait(false);
            return;
        }
        AlignersTelemetry.ActivityDuration.Record(outcome.DurationMs, new KeyValuePair<string, object?>("activity", call.Name));
        if (call.Name == ActivityNames.Inspect && outcome.Output["score"] is { } score)
        {
            AlignersTelemetry.InspectorScore.Record(score.GetValue<double>(), new KeyValuePair<string, object?>("criterion", call.Input["criterion"]?.GetValue<string>()));
        }
        var data = new JsonObject
        {
            ["activityId"] = call.Id,
            ["name"] = call.Name,
            ["output"] = outcome.Output,
            ["durationMs"] = Math.Round(outcome.DurationMs, 3),
            ["attempts"] = outcome.Attempts,
        };
        var appended = await writer.AppendWhenAsync(EventTypes.ActivityCompleted, data,
            s => !s.IsTerminal && !s.Completed.ContainsKey(call.Id), ct).ConfigureAwait(false);
        if (appended && call.Name == ActivityNames.Align)
        {
            AlignersTelemetry.AlignersApplied.Add(1, new KeyValuePair<string, object?>("criterion", call.Input["criterion"]?.GetValue<string>()));
        }
    }

    private async Task FinishAsync(InstanceState state, string instanceId, CancellationToken ct)
    {
        var status = state.Output is not null ? RuntimeStatus.Completed : RuntimeStatus.Failed;
        await index.UpsertAsync(instanceId, state, status, status == RuntimeStatus.Completed ? "completed" : "failed", ct).ConfigureAwait(false);
        foreach (var observer in observers)
        {
            await observer.OnFinishedAsync(instanceId, state, ct).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Instance {InstanceId} completed with {Applied} rewrites")]
    private static partial void LogCompleted(ILogger logger, string instanceId, int applied);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "Instance {InstanceId} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string instanceId, string error);
}
