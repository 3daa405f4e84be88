namespace Aligners.Inference;

/// <summary>
/// The one exception type of the inference library: a model, manifest, tokenizer or execution
/// problem, with a message that says what was wrong and where.
/// </summary>
public class InferenceException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public InferenceException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public InferenceException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>A manifest that cannot be loaded: names the manifest file and the offending field.</summary>
public sealed class ModelManifestException : InferenceException
{
    /// <summary>Creates the exception for <paramref name="file"/> and <paramref name="field"/>.</summary>
    public ModelManifestException(string file, string field, string problem, Exception? inner = null)
        : base($"{file}: field '{field}': {problem}", inner ?? new InvalidDataException(problem))
    {
        File = file;
        Field = field;
        Problem = problem;
    }

    /// <summary>The manifest file.</summary>
    public string File { get; }

    /// <summary>The JSON field at fault, as a dotted path.</summary>
    public string Field { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
