using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Aligners.Orchestration.Telemetry;

namespace Aligners.LocalHost.Tests.Workflows.Telemetry;

[Trait("Category", "Integration")]
[Collection(AzuriteCollection.Name)]
public class AlignersTelemetryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Instance_OneTraceForItsSteps_OneSpanPerModelStep_AndMetrics()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == AlignersTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var measurements = new ConcurrentBag<string>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == AlignersTelemetry.Name)
                {
                    l.EnableMeasurementEvents(i);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((i, _, _, _) => measurements.Add(i.Name));
        meters.SetMeasurementEventCallback<double>((i, _, _, _) => measurements.Add(i.Name));
        meters.Start();
        await using var engine = await EngineHarness.StartAsync(azurite);
        var (_, input) = await engine.Services.GetRequiredService<RequestValidator>().ParseAsync("""{"prompt": "What is 2 plus 2?", "response": "It's 4."}""", default);
        var id = Guid.NewGuid().ToString("N");

        await engine.Client.StartOnceAsync(AlignmentOrchestrator.TaskName, input, id, default);
        await engine.WaitAsync(id);

        var mine = spans.Where(s => (string?)s.GetTagItem("aligners.instance_id") == id).ToList();
        Assert.Equal(3, mine.Count);
        Assert.Single(mine.Select(s => s.TraceId).Distinct());
        Assert.Equal(AlignersTelemetry.InstanceContext(id).TraceId, mine[0].TraceId);
        Assert.Contains("aligners.instances.started", measurements);
        Assert.Contains("aligners.instances.completed", measurements);
        Assert.True(measurements.Count(m => m == "aligners.inspector.score") >= 3);
        Assert.Contains("aligners.activity.duration", measurements);
    }
}
