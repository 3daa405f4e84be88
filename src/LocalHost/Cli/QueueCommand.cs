using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Orchestration.Storage;
using Microsoft.Extensions.Options;

namespace Aligners.LocalHost.Cli;

/// <summary>
/// <c>queue replay QUEUE</c>: moves every message of <c>QUEUE-poison</c> back onto <c>QUEUE</c>,
/// after whatever poisoned them is fixed. A rejection the app wrote (<c>{messageId, field, reason,
/// message}</c>) is replayed as the original message it carries; anything else as it is.
/// </summary>
internal static class QueueCommand
{
    public static async Task<int> ReplayAsync(string queueName, CancellationToken ct)
    {
        await using var host = await CliHost.StartAsync(ct, start: false);
        var configured = host.Services.GetRequiredService<IOptions<QueueOptions>>().Value;
        string[] queues = [configured.AlignRequests, configured.BulkRequests];
        if (!queues.Contains(queueName))
        {
            Console.Error.WriteLine($"error: '{queueName}' is no queue the app reads; known: {string.Join(", ", queues)}");
            return 2;
        }
        var storage = host.Services.GetRequiredService<AppStorage>();
        var poison = storage.Queues.GetQueueClient(QueueOptions.PoisonOf(queueName));
        var target = storage.Queues.GetQueueClient(queueName);
        if (!await poison.ExistsAsync(ct))
        {
            Console.WriteLine($"0 messages replayed: {poison.Name} does not exist");
            return 0;
        }
        await target.CreateIfNotExistsAsync(cancellationToken: ct);
        var replayed = 0;
        while (true)
        {
            var batch = (await poison.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1), ct)).Value;
            if (batch.Length == 0)
            {
                break;
            }
            foreach (var message in batch)
            {
                // Sent before it is deleted: a crash in between replays a message twice, which the
                // queue functions' idempotent starts absorb, rather than losing it.
                await target.SendMessageAsync(Original(message.MessageText), ct);
                await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
                replayed++;
            }
        }
        Console.WriteLine($"{replayed} messages replayed from {poison.Name} to {target.Name}");
        return 0;
    }

    private static string Original(string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject { } rejection && rejection["reason"] is not null && rejection["message"] is JsonValue m
                && m.TryGetValue<string>(out var original) ? original : text;
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
