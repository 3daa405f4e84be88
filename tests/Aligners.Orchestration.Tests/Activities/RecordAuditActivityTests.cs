using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Telemetry;
using Aligners.Orchestration.Workflows;
using Azure.Storage.Blobs;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Tests.Activities;

/// <summary>The orchestration's own entries: recorded once with what they carry, and an instance's end counted once.</summary>
[Trait("Category", "Integration")]
[Collection(AzuriteCollection.Name)]
public class RecordAuditActivityTests(AzuriteFixture azurite)
{
    private static readonly AuditKeys Keys = AuditKeys.Create("1", SHA256.HashData(Encoding.UTF8.GetBytes("the app's key")));

    private sealed class Context(string instanceId) : TaskActivityContext
    {
        public override TaskName Name => RecordAuditActivity.TaskName;

        public override string InstanceId { get; } = instanceId;
    }

    [Fact]
    public async Task Completion_DeliveredTwice_ToTwoProcesses_IsRecordedAndCountedOnce_WithTheRoundItCarries()
    {
        var container = new BlobContainerClient(azurite.ConnectionString, AzuriteFixture.UniqueName("audit"));
        await container.CreateAsync();
        using var firstLog = new AuditLog(container, Keys, TimeProvider.System);
        using var secondLog = new AuditLog(container, Keys, TimeProvider.System);
        var (first, second) = (new RecordAuditActivity(new AuditRecorder(firstLog)), new RecordAuditActivity(new AuditRecorder(secondLog)));
        var context = new Context(Guid.NewGuid().ToString("N"));
        var completed = 0;
        using var meters = new MeterListener
        {
            InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == AlignersTelemetry.Name && i.Name == "aligners.instances.completed")
                {
                    l.EnableMeasurementEvents(i);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref completed, (int)value));
        meters.Start();
        await first.RunAsync(context, new AuditCall("started", AuditTypes.Started, new JsonObject()));
        await second.RunAsync(context, new AuditCall("started", AuditTypes.Started, new JsonObject()));
        var round = new List<AuditCall> { new("inspect:0:ethical", AuditTypes.Inspected, new JsonObject { ["score"] = 0.9 }),
            new("inspect:0:helpful", AuditTypes.Inspected, new JsonObject { ["score"] = 0.8 }) };
        var closing = new AuditCall("completed", AuditTypes.Completed, new JsonObject { ["output"] = "done" }, round);

        var seq = await first.RunAsync(context, closing);
        var again = await first.RunAsync(context, closing);
        var elsewhere = await second.RunAsync(context, closing);

        Assert.Equal(1, Volatile.Read(ref completed));
        Assert.Equal(3, seq);
        Assert.Equal([3L, 3L], [again, elsewhere]);
        var lines = (await firstLog.ReadLinesAsync(context.InstanceId, default))!;
        Assert.True(firstLog.Verify(lines).Valid);
        Assert.Equal(["started", "inspect:0:ethical", "inspect:0:helpful", "completed"], lines.Select(l => HashChain.Parse(l).Id));
        // The round and its closing entry went in one block.
        Assert.Equal(2, (await container.GetBlobClient($"{context.InstanceId}.jsonl").GetPropertiesAsync()).Value.BlobCommittedBlockCount);
    }
}
