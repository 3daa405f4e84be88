using System.Reflection;
using System.Text;
using Aligners.Orchestration.Storage;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Aligners.LocalHost.Functions;

/// <summary>
/// Feeds one queue-triggered function from its queue, as the Functions host's queue listener does:
/// polls with backoff up to <see cref="QueueHostOptions.MaxPollingInterval"/>, runs a batch at a
/// time, deletes a message its function handled, hides a failed one for
/// <see cref="QueueHostOptions.VisibilityTimeout"/>, and after <see cref="QueueHostOptions.MaxDequeueCount"/>
/// failures moves it to <c>{queue}-poison</c>. A function's <c>[QueueOutput]</c> values are sent
/// when it returns.
/// </summary>
public sealed class QueueTriggerListener(FunctionEntry function, IServiceProvider services, ILogger<QueueTriggerListener> log) : BackgroundService
{
    private static readonly TimeSpan Invisible = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = services.GetRequiredService<IOptions<QueueHostOptions>>().Value;
        var configuration = services.GetRequiredService<IConfiguration>();
        var queues = services.GetRequiredService<AppStorage>().Queues;
        var trigger = (QueueTriggerAttribute)function.TriggerAttribute;
        var queue = queues.GetQueueClient(FunctionCatalog.Resolve(trigger.QueueName, configuration));
        var poison = queues.GetQueueClient(QueueOptions.PoisonOf(queue.Name));
        var outputs = Outputs(function, configuration, queues);
        await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
        var idle = TimeSpan.FromMilliseconds(50);
        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage[] batch;
            try
            {
                batch = (await queue.ReceiveMessagesAsync(options.BatchSize, Invisible, stoppingToken)).Value;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(e, "receiving from {Queue} failed; trying again", queue.Name);
                batch = [];
            }
            if (batch.Length == 0)
            {
                await Task.Delay(idle, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                idle = TimeSpan.FromMilliseconds(Math.Min(options.MaxPollingInterval.TotalMilliseconds, idle.TotalMilliseconds * 2));
                continue;
            }
            idle = TimeSpan.FromMilliseconds(50);
            await Task.WhenAll(batch.Select(m => HandleAsync(queue, poison, outputs, options, m, stoppingToken)));
        }
    }

    private async Task HandleAsync(QueueClient queue, QueueClient poison, IReadOnlyList<(PropertyInfo? Property, QueueClient Queue)> outputs,
        QueueHostOptions options, QueueMessage message, CancellationToken ct)
    {
        var text = options.MessageEncoding == "base64" ? Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText)) : message.MessageText;
        try
        {
            await using var scope = services.CreateAsyncScope();
            var target = function.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(scope.ServiceProvider, function.Type);
            var args = function.Method.GetParameters().Select(p => Bind(p, text, message, scope.ServiceProvider, ct)).ToArray();
            var returned = await FunctionCatalog.InvokeAsync(function, target, args);
            foreach (var (property, output) in outputs)
            {
                if ((property is null ? returned : returned is null ? null : property.GetValue(returned)) is string value)
                {
                    await output.SendMessageAsync(value, ct);
                }
            }
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var failure = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            if (message.DequeueCount >= options.MaxDequeueCount)
            {
                log.LogError(failure, "{Function}: message {MessageId} failed {Count} times; moving it to {Poison}", function.Name, message.MessageId,
                    message.DequeueCount, poison.Name);
                await poison.SendMessageAsync(message.MessageText, CancellationToken.None);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
            }
            else
            {
                log.LogWarning(failure, "{Function}: message {MessageId} failed (attempt {Count}); it will be retried", function.Name, message.MessageId,
                    message.DequeueCount);
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: options.VisibilityTimeout, cancellationToken: CancellationToken.None);
            }
        }
    }

    private object? Bind(ParameterInfo p, string text, QueueMessage message, IServiceProvider scope, CancellationToken ct)
    {
        if (p == function.Trigger)
        {
            return text;
        }
        if (p.GetCustomAttribute<DurableClientAttribute>() is not null)
        {
            return scope.GetRequiredService<DurableTaskClient>();
        }
        return p.Name switch
        {
            _ when p.ParameterType == typeof(CancellationToken) => ct,
            "id" => message.MessageId,
            "dequeueCount" => p.ParameterType == typeof(int) ? (int)message.DequeueCount : message.DequeueCount,
            "popReceipt" => message.PopReceipt,
            _ => throw new InvalidOperationException($"function {function.Name}: the local host cannot bind parameter '{p.Name}'"),
        };
    }

    /// <summary>The queue outputs: the return value's <c>[QueueOutput]</c> properties, or the method's own.</summary>
    private static List<(PropertyInfo?, QueueClient)> Outputs(FunctionEntry function, IConfiguration configuration, QueueServiceClient queues)
    {
        var result = new List<(PropertyInfo?, QueueClient)>();
        if (function.Method.GetCustomAttribute<QueueOutputAttribute>() is { } own)
        {
            result.Add((null, queues.GetQueueClient(FunctionCatalog.Resolve(own.QueueName, configuration))));
        }
        var returned = function.Method.ReturnType is { IsGenericType: true } g && g.GetGenericTypeDefinition() == typeof(Task<>)
            ? g.GetGenericArguments()[0]
            : function.Method.ReturnType;
        foreach (var property in returned.GetProperties())
        {
            if (property.GetCustomAttribute<QueueOutputAttribute>() is { } output)
            {
                result.Add((property, queues.GetQueueClient(FunctionCatalog.Resolve(output.QueueName, configuration))));
            }
        }
        return result;
    }
}
