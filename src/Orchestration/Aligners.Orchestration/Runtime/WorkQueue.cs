using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Aligners.Orchestration.Runtime;

/// <summary>A work message: ids only, never payloads (the queue limit is 64 KiB).</summary>
public sealed record WorkMessage(string InstanceId);

/// <summary>A sent message's handle, for deleting it when the work finished inline.</summary>
public sealed record SentMessage(string MessageId, string PopReceipt);

/// <summary>A queue and its poison queue (<c>{name}-poison</c>, as the Functions host names it).</summary>
public class QueuePair(QueueClient main, QueueClient poison)
{
    /// <summary>The queue.</summary>
    public QueueClient Main => main;

    /// <summary>The poison queue.</summary>
    public QueueClient Poison => poison;

    /// <summary>A pair for <paramref name="name"/> on a queue service.</summary>
    public static QueuePair For(QueueServiceClient service, string name) =>
        new(service.GetQueueClient(name), service.GetQueueClient(name + "-poison"));

    /// <summary>Creates both queues when missing.</summary>
    public async Task EnsureCreatedAsync(CancellationToken ct)
    {
        await main.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
        await poison.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
    }

    /// <summary>Deletes a message, ignoring one that is already gone.</summary>
    public async Task DeleteAsync(string messageId, string popReceipt, CancellationToken ct)
    {
        try
        {
            await main.DeleteMessageAsync(messageId, popReceipt, ct).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    /// <summary>Moves a message's text to the poison queue.</summary>
    public Task PoisonAsync(string text, CancellationToken ct) =>
        poison.SendMessageAsync(text, null, TimeSpan.FromSeconds(-1), ct);

    /// <summary>Receives up to <paramref name="max"/> messages.</summary>
    public async Task<QueueMessage[]> ReceiveAsync(int max, TimeSpan visibility, CancellationToken ct) =>
        (await main.ReceiveMessagesAsync(max, visibility, ct).ConfigureAwait(false)).Value;
}

/// <summary>The orchestration's work queue: id-only messages, one per instance that needs progress.</summary>
public sealed class WorkQueue(QueueClient work, QueueClient poison) : QueuePair(work, poison)
{

    /// <summary>The text of a work message.</summary>
    public static string Serialize(string instanceId) => JsonSerializer.Serialize(new WorkMessage(instanceId), JsonSerializerOptions.Web);

    /// <summary>Parses a work message; null when it is not one.</summary>
    public static WorkMessage? Parse(string text)
    {
        try
        {
            var m = JsonSerializer.Deserialize<WorkMessage>(text, JsonSerializerOptions.Web);
            return string.IsNullOrWhiteSpace(m?.InstanceId) ? null : m;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Enqueues work for an instance, invisible for <paramref name="delay"/> (the inline path's safety net).</summary>
    public async Task<SentMessage> EnqueueAsync(string instanceId, TimeSpan? delay, CancellationToken ct)
    {
        var receipt = await Main.SendMessageAsync(Serialize(instanceId), delay, TimeSpan.FromSeconds(-1), ct).ConfigureAwait(false);
        return new SentMessage(receipt.Value.MessageId, receipt.Value.PopReceipt);
    }
}
