namespace Aligners.Orchestration.Requests;

/// <summary>A request refused before anything was started or stored, naming the field at fault.</summary>
public sealed class InvalidRequestException(string field, string problem, bool tooLarge = false, bool notFound = false, bool conflict = false)
    : Exception($"{field}: {problem}")
{
    /// <summary>The field is over a size limit (HTTP 413) rather than wrong (HTTP 400).</summary>
    public bool TooLarge { get; } = tooLarge;

    /// <summary>The field names something the caller has not got (HTTP 404) rather than being malformed (HTTP 400).</summary>
    public bool NotFound { get; } = notFound;

    /// <summary>The field clashes with what an earlier request stored (HTTP 409), such as an idempotency key used for another request.</summary>
    public bool Conflict { get; } = conflict;

    /// <summary>The request field, as a JSON path (<c>lines[3].criteria[0]</c>).</summary>
    public string Field { get; } = field;

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; } = problem;
}
