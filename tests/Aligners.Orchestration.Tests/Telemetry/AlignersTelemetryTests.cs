using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Telemetry;
using Aligners.Testing;

namespace Aligners.Orchestration.Tests.Telemetry;

[Collection(AzuriteCollection.Name)]
public class AlignersTelemetryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Advance_OneTracePerInstance_OneSpanPerActivity_AndMetrics()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == AlignersTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var measurements = new ConcurrentBag<(string Name, double Value)>();
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
        meters.SetMeasurementEventCallback<long>((i, v, _, _) => measurements.Add((i.Name, v)));
        meters.SetMeasurementEventCallback<double>((i, v, _, _) => measurements.Add((i.Name, v)));
        meters.Start();
        await using var h = await OrchestrationHarness.StartAsync(OrchestrationHarness.NewSettings(azurite));

        var id = (await h.Client.StartAsync(new AlignmentRequest { Prompt = "What is 2 plus 2?", Response = "It's 4." }, null, default)).InstanceId;
        var state = await h.Runner.AdvanceAsync(id, default);

        var mine = spans.Where(s => (string?)s.GetTagItem("aligners.instance_id") == id).ToList();
        Assert.Equal(state.Completed.Count, mine.Count);
        Assert.Single(mine.Select(s => s.TraceId).Distinct());
        Assert.Equal(AlignersTelemetry.InstanceContext(id).TraceId, mine[0].TraceId);
        Assert.Contains(measurements, m => m.Name == "aligners.instances.started");
        Assert.Contains(measurements, m => m.Name == "aligners.instances.completed");
        Assert.True(measurements.Count(m => m.Name == "aligners.inspector.score") >= 3);
        Assert.Contains(measurements, m => m.Name == "aligners.activity.duration");
    }
}
