using System.Text.Json;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask.Client;

namespace Aligners.Functions.Http;

/// <summary>The Durable Functions status shape of an alignment instance, with the squad's stage and the output.</summary>
public sealed record StatusBody(string Name, string InstanceId, [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<OrchestrationRuntimeStatus>))] OrchestrationRuntimeStatus RuntimeStatus, string Stage, DateTimeOffset CreatedTime,
    DateTimeOffset LastUpdatedTime, AlignmentOutput? Output, string? Error)
{
    /// <summary>Whether the instance has ended.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsTerminal => RuntimeStatus is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated;

    /// <summary>From the engine's metadata (read with inputs and outputs).</summary>
    public static StatusBody From(OrchestrationMetadata m)
    {
        var stage = m.SerializedCustomStatus is { } s ? JsonSerializer.Deserialize<AlignmentProgress>(s, WorkflowJson.Options)?.Stage : null;
        var output = m.RuntimeStatus == OrchestrationRuntimeStatus.Completed && m.SerializedOutput is { } o
            ? JsonSerializer.Deserialize<AlignmentOutput>(o, WorkflowJson.Options)
            : null;
        var error = m.ErrorOf();
        return new StatusBody(m.Name, m.InstanceId, m.RuntimeStatus, stage ?? m.RuntimeStatus.ToString().ToLowerInvariant(),
            m.CreatedAt, m.LastUpdatedAt, output, error);
    }
}
