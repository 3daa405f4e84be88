using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;

namespace Aligners.Orchestration.Telemetry;

/// <summary>
/// Traces and metrics of the pipeline. An instance's trace id is derived from its instance id, so
/// every activity span of an instance lands in one trace whichever process ran it.
/// </summary>
public static class AlignersTelemetry
{
    /// <summary>The ActivitySource and Meter name.</summary>
    public const string Name = "Aligners";

    /// <summary>Spans: one per activity, under the instance's trace.</summary>
    public static readonly ActivitySource Source = new(Name);

    /// <summary>Metrics.</summary>
    public static readonly Meter Meter = new(Name);

    /// <summary>Instances started.</summary>
    public static readonly Counter<long> InstancesStarted = Meter.CreateCounter<long>("aligners.instances.started", description: "Alignment instances started");

    /// <summary>Instances completed.</summary>
    public static readonly Counter<long> InstancesCompleted = Meter.CreateCounter<long>("aligners.instances.completed", description: "Alignment instances completed");

    /// <summary>Instances failed.</summary>
    public static readonly Counter<long> InstancesFailed = Meter.CreateCounter<long>("aligners.instances.failed", description: "Alignment instances failed");

    /// <summary>Activity durations by activity name.</summary>
    public static readonly Histogram<double> ActivityDuration = Meter.CreateHistogram<double>("aligners.activity.duration", unit: "ms", description: "Activity duration");

    /// <summary>Inspector scores by criterion.</summary>
    public static readonly Histogram<double> InspectorScore = Meter.CreateHistogram<double>("aligners.inspector.score", description: "P(aligned) by criterion");

    /// <summary>Aligner runs by criterion.</summary>
    public static readonly Counter<long> AlignersApplied = Meter.CreateCounter<long>("aligners.aligners.applied", description: "Aligner rewrites by criterion");

    /// <summary>Privacy findings by type and by where they were found (request, answer, released); never a value.</summary>
    public static readonly Counter<long> PrivacyFindings = Meter.CreateCounter<long>("aligners.privacy.findings", description: "Personal data and secrets found, by type");

    /// <summary>Counts <paramref name="findings"/> by type under <paramref name="stage"/>.</summary>
    public static void CountPrivacyFindings(IEnumerable<Instances.PrivacyMark> findings, string stage)
    {
        foreach (var group in findings.GroupBy(f => f.Type))
        {
            PrivacyFindings.Add(group.Count(), new KeyValuePair<string, object?>("type", group.Key), new KeyValuePair<string, object?>("stage", stage));
        }
    }

    /// <summary>The parent context all spans of an instance share.</summary>
    public static ActivityContext InstanceContext(string instanceId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(instanceId));
        return new ActivityContext(ActivityTraceId.CreateFromBytes(hash.AsSpan(0, 16)), ActivitySpanId.CreateFromBytes(hash.AsSpan(16, 8)),
            ActivityTraceFlags.Recorded, isRemote: true);
    }

    /// <summary>Starts the span of one activity.</summary>
    public static Activity? StartActivitySpan(string instanceId, string activityId, string name)
    {
        var span = Source.StartActivity($"activity {name}", ActivityKind.Internal, InstanceContext(instanceId));
        span?.SetTag("aligners.instance_id", instanceId);
        span?.SetTag("aligners.activity_id", activityId);
        return span;
    }
}
