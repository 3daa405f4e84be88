using System.Text.Json.Nodes;
using Aligners.Functions.Bulk;
using Aligners.Functions.Hosting;
using Aligners.Orchestration.Runtime;
using Microsoft.Extensions.Options;

namespace Aligners.Functions.Triggers;

/// <summary>The result of handling a queue message, whichever way it arrived.</summary>
public sealed record TriggerResult(WorkOutcome Outcome, JsonObject? Notification, string Log);

/// <summary>
/// The three queue-triggered functions, each one code path for both entry ways: the Functions
/// host posting the custom-handler payload, and this app's own queue listeners.
/// </summary>
public sealed class QueueTriggers(AlignRequestHandler requests, BulkJobs bulk, WorkItemProcessor work)
{
    /// <summary>Handles a message of <paramref name="function"/>.</summary>
    public async Task<TriggerResult> HandleAsync(string function, string text, long dequeueCount, string messageId, CancellationToken ct)
    {
        switch (function)
        {
            case FunctionNames.AlignRequests:
                var (outcome, notification) = await requests.HandleAsync(text, messageId, ct);
                return new TriggerResult(outcome, notification, $"align request {messageId}: {outcome}");
            case FunctionNames.BulkFanout:
                var fanned = await bulk.FanOutAsync(text, dequeueCount, ct);
                return new TriggerResult(fanned, null, $"bulk fan-out {messageId}: {fanned}");
            case FunctionNames.AlignmentWork:
                var advanced = await work.ProcessAsync(text, dequeueCount, ct);
                return new TriggerResult(advanced, null, $"work {messageId}: {advanced}");
            default:
                throw new ArgumentOutOfRangeException(nameof(function), function, "not a queue-triggered function");
        }
    }
}

/// <summary>The app's own listeners on the three queues, used where no Functions host runs.</summary>
internal static class QueueListeners
{
    public static IServiceCollection AddQueueListeners(this IServiceCollection services)
    {
        // Not AddHostedService: it keeps one registration per implementation type, and these are all QueueListeners.
        services.AddSingleton<IHostedService>(sp => Listener(sp, FunctionNames.AlignRequests, sp.GetRequiredService<IOptions<QueueOptions>>().Value.AlignRequests));
        services.AddSingleton<IHostedService>(sp => Listener(sp, FunctionNames.BulkFanout, sp.GetRequiredService<IOptions<QueueOptions>>().Value.BulkFanout));
        // The work queue's listener comes with the orchestration.
        return services;
    }

    private static QueueListener Listener(IServiceProvider sp, string function, string queueName)
    {
        var storage = sp.GetRequiredService<StorageClients>();
        var triggers = sp.GetRequiredService<QueueTriggers>();
        var results = storage.Queues.GetQueueClient(sp.GetRequiredService<IOptions<QueueOptions>>().Value.AlignResults);
        var pair = QueuePair.For(storage.Queues, queueName);
        return new QueueListener(pair, async (text, dequeueCount, messageId, ct) =>
        {
            var result = await triggers.HandleAsync(function, text, dequeueCount, messageId, ct);
            if (result.Outcome == WorkOutcome.Done && result.Notification is { } notification)
            {
                await results.SendMessageAsync(notification.ToJsonString(), ct);
            }
            return result.Outcome;
        }, sp.GetRequiredService<IOptions<OrchestrationOptions>>(), sp.GetRequiredService<ILogger<QueueListener>>());
    }
}
