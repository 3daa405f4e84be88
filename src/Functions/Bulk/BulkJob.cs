namespace Aligners.Functions.Bulk;

/// <summary>A bulk job's manifest, stored as <c>bulk/{jobId}/job.json</c> in the results container.</summary>
public sealed record BulkJob(string JobId, int Total, string InputContainer, string InputBlob, DateTimeOffset CreatedAt);

/// <summary>Progress of a bulk job.</summary>
public sealed record BulkStatus(string JobId, string Status, int Total, int Completed, int Failed, int Pending, string? ResultsBlob,
    string? ResultsUri);

/// <summary>A fan-out message: start the instances of lines [From, From + Count).</summary>
public sealed record FanoutMessage(string JobId, int From, int Count);
