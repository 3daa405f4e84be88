using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Orchestration.Storage;
using Aligners.Orchestration.Workflows;
using Azure;
using Azure.Storage.Blobs.Models;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;

namespace Aligners.Orchestration.Activities;

/// <summary>
/// The end of the queue path: closes the instance's audit record (when asked), writes <c>results/{requestId}.json</c> once (a create that fails
/// when the blob exists, so a repeated delivery never rewrites it) and puts a notification on
/// <c>align-results</c> (at least once: a worker that dies between the two sends it again).
/// </summary>
[WorkflowTask(DeliverResultActivity.TaskName)]
public sealed class DeliverResultActivity(AppStorage storage, IOptions<QueueOptions> queues, RecordAuditActivity audit) : TaskActivity<Delivery, bool>
{
    /// <summary>The name it is registered and called by on both hosts: write a queued request's result blob and notify.</summary>
    public const string TaskName = "DeliverResult";

    /// <summary>The blob name of a request's result.</summary>
    public static string ResultName(string requestId) => $"{requestId}.json";

    /// <inheritdoc />
    public override async Task<bool> RunAsync(TaskActivityContext context, Delivery delivery)
    {
        if (delivery.Record is { } closing)
        {
            await audit.RunAsync(context, closing);
        }
        var name = ResultName(delivery.RequestId);
        var result = new JsonObject
        {
            ["id"] = delivery.RequestId,
            ["instanceId"] = delivery.InstanceId,
            ["status"] = delivery.Status.ToString(),
            ["output"] = JsonSerializer.SerializeToNode(delivery.Output, WorkflowJson.Options),
            ["error"] = delivery.Error,
            ["results"] = delivery.ResultsBlob is null ? null : $"{storage.Options.ResultsContainer}/{delivery.ResultsBlob}",
        };
        var written = await ActivityFailures.ClassifyAsync(async () =>
        {
            try
            {
                await storage.Results.GetBlobClient(name).UploadAsync(BinaryData.FromString(result.ToJsonString()),
                    new BlobUploadOptions
                    {
                        Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                        HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                    }).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                return false;
            }
        });
        var notification = new JsonObject
        {
            ["id"] = delivery.RequestId,
            ["instanceId"] = delivery.InstanceId,
            ["status"] = delivery.Status.ToString(),
            ["result"] = $"{storage.Options.ResultsContainer}/{name}",
            ["results"] = result["results"]?.DeepClone(),
        };
        await ActivityFailures.ClassifyAsync(async () =>
        {
            return await storage.Queues.GetQueueClient(queues.Value.AlignResults).SendMessageAsync(notification.ToJsonString()).ConfigureAwait(false);
        });
        return written;
    }
}
