using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Aligners.Orchestration.Runtime;

/// <summary>Handles one message of a polled queue: its text, how many times it was delivered, and its id.</summary>
public delegate Task<WorkOutcome> QueueMessageHandler(string text, long dequeueCount, string messageId, CancellationToken cancellationToken);

/// <summary>
/// Polls a queue where no Functions host delivers messages (locally, in CI, on Container Apps).
/// Each message is held invisible, its visibility extended while the handler works, and deleted
/// when it is done; if the process dies, the message reappears for another worker. A message
/// whose handler says <see cref="WorkOutcome.Poison"/> moves to the poison queue. At most
/// <see cref="OrchestrationOptions.MaxConcurrentInstances"/> messages are handled at once.
/// </summary>
public sealed partial class QueueListener(QueuePair queue, QueueMessageHandler handler, IOptions<OrchestrationOptions> options,
    ILogger<QueueListener> logger) : BackgroundService
{
    /// <summary>The work queue's listener: advances instances.</summary>
    public QueueListener(WorkQueue queue, WorkItemProcessor processor, IOptions<OrchestrationOptions> options, ILogger<QueueListener> logger)
        : this(queue, (text, count, _, ct) => processor.ProcessAsync(text, count, ct), options, logger)
    {
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.ListenToQueues)
        {
            return;
        }
        await queue.EnsureCreatedAsync(stoppingToken).ConfigureAwait(false);
        using var slots = new SemaphoreSlim(o.MaxConcurrentInstances, o.MaxConcurrentInstances);
        var visibility = TimeSpan.FromSeconds(o.VisibilityTimeoutSeconds);
        var idle = TimeSpan.FromMilliseconds(20);
        var running = new HashSet<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
            var free = slots.CurrentCount + 1;
            QueueMessage[] messages;
            try
            {
                messages = await queue.ReceiveAsync(Math.Min(32, free), visibility, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                slots.Release();
                LogReceiveFailed(logger, e.Message, e);
                await Task.Delay(TimeSpan.FromMilliseconds(o.MaxPollIntervalMilliseconds), stoppingToken).ConfigureAwait(false);
                continue;
            }
            if (messages.Length == 0)
            {
                slots.Release();
                await Task.Delay(idle, stoppingToken).ConfigureAwait(false);
                idle = TimeSpan.FromMilliseconds(Math.Min(o.MaxPollIntervalMilliseconds, idle.TotalMilliseconds * 2));
                continue;
            }
            idle = TimeSpan.FromMilliseconds(20);
            // One slot is held already; take one more per further message, up to what is free.
            for (var i = 0; i < messages.Length; i++)
            {
                if (i > 0 && !slots.Wait(0))
                {
                    break;
                }
                var message = messages[i];
                var task = Task.Run(() => HandleAsync(message, visibility, stoppingToken), CancellationToken.None)
                    .ContinueWith(_ => slots.Release(), TaskScheduler.Default);
                lock (running)
                {
                    running.Add(task);
                }
                _ = task.ContinueWith(t => { lock (running) { running.Remove(t); } }, TaskScheduler.Default);
            }
        }
        Task[] pending;
        lock (running)
        {
            pending = [.. running];
        }
        await Task.WhenAll(pending).ConfigureAwait(false);
    }

    private async Task HandleAsync(QueueMessage message, TimeSpan visibility, CancellationToken stoppingToken)
    {
        var receipt = message.PopReceipt;
        var gate = new SemaphoreSlim(1, 1);
        using var stopRenewal = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewal = Task.Run(async () =>
        {
            while (!stopRenewal.IsCancellationRequested)
            {
                await Task.Delay(visibility / 3, stopRenewal.Token).ConfigureAwait(false);
                await gate.WaitAsync(stopRenewal.Token).ConfigureAwait(false);
                try
                {
                    var updated = await queue.Main.UpdateMessageAsync(message.MessageId, receipt, visibilityTimeout: visibility,
                        cancellationToken: stopRenewal.Token).ConfigureAwait(false);
                    receipt = updated.Value.PopReceipt;
                }
                finally
                {
                    gate.Release();
                }
            }
        }, CancellationToken.None);
        try
        {
            var outcome = await handler(message.MessageText, message.DequeueCount, message.MessageId, stoppingToken).ConfigureAwait(false);
            await stopRenewal.CancelAsync().ConfigureAwait(false);
            await gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            if (outcome == WorkOutcome.Poison)
            {
                await queue.PoisonAsync(message.MessageText, CancellationToken.None).ConfigureAwait(false);
            }
            if (outcome != WorkOutcome.Retry)
            {
                await queue.DeleteAsync(message.MessageId, receipt, CancellationToken.None).ConfigureAwait(false);
            }
            else
            {
                // Back off exponentially before the next attempt: 1 s, 2 s, 4 s, ... up to a minute.
                var backoff = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Max(0, message.DequeueCount - 1))));
                await queue.Main.UpdateMessageAsync(message.MessageId, receipt, visibilityTimeout: backoff, cancellationToken: CancellationToken.None)
                    .ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogHandleFailed(logger, message.MessageId, e.Message, e);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the message reappears for another worker.
        }
        finally
        {
            await stopRenewal.CancelAsync().ConfigureAwait(false);
            try
            {
                await renewal.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Renewal ends by cancellation or because the message is gone; either is fine now.
            }
        }
    }

    [LoggerMessage(EventId = 310, Level = LogLevel.Error, Message = "Receiving from the work queue failed: {Reason}")]
    private static partial void LogReceiveFailed(ILogger logger, string reason, Exception exception);

    [LoggerMessage(EventId = 311, Level = LogLevel.Error, Message = "Handling message {MessageId} failed: {Reason}")]
    private static partial void LogHandleFailed(ILogger logger, string messageId, string reason, Exception exception);
}
