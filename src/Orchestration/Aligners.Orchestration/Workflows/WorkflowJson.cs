using System.Text.Json;

namespace Aligners.Orchestration.Workflows;

/// <summary>The JSON settings of workflow payloads written outside the engine (audit data, result blobs).</summary>
public static class WorkflowJson
{
    /// <summary>camelCase, nulls left out.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        // Stored and returned as UTF-8 JSON, never embedded in HTML: keep apostrophes and accents readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
