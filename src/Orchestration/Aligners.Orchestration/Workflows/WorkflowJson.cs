using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.DurableTask.Client;

namespace Aligners.Orchestration.Workflows;

/// <summary>The JSON settings of workflow payloads written outside the engine (audit data, result blobs).</summary>
public static class WorkflowJson
{
    /// <summary>camelCase, nulls left out, runtime statuses by name.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        // Stored and returned as UTF-8 JSON, never embedded in HTML: keep apostrophes and accents readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // Runtime statuses are typed in code and written by name ("Completed"), as the Durable Functions API writes them.
        Converters = { new JsonStringEnumConverter<OrchestrationRuntimeStatus>() },
    };
}
