namespace Aligners.Orchestration.Client;

/// <summary>A request refused before any instance was created, naming the field at fault.</summary>
public sealed class AlignmentRequestException(string field, string problem, bool tooLarge = false) : Exception($"{field}: {problem}")
{
    /// <summary>The field is over a size limit (HTTP 413) rather than wrong (HTTP 400).</summary>
    public bool TooLarge { get; } = tooLarge;

    /// <summary>The request field, as a JSON path.</summary>
    public string Field { get; } = field;

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; } = problem;
}
