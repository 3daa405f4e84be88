namespace Aligners.Inference.Client;

/// <summary>
/// What the alignment pipeline needs from models: score a pair under one criterion, rewrite a
/// response for one criterion, and list what is loaded. <see cref="LocalInference"/> runs the
/// models in-process; <see cref="RemoteInference"/> calls the inference server over HTTP.
/// </summary>
public interface IAlignmentInference
{
    /// <summary>The loaded models (inspectors and aligners).</summary>
    Task<IReadOnlyList<ModelDescription>> GetModelsAsync(CancellationToken cancellationToken = default);

    /// <summary>P(aligned) of (prompt, response) under <paramref name="criterion"/>.</summary>
    Task<float> InspectAsync(string criterion, string prompt, string response, CancellationToken cancellationToken = default);

    /// <summary>
    /// The pretrained sentence encoder's cosine similarity of <paramref name="anchor"/> with each of
    /// <paramref name="texts"/> (the acceptance gate's topic check).
    /// </summary>
    Task<IReadOnlyList<float>> SimilaritiesAsync(string anchor, IReadOnlyList<string> texts, CancellationToken cancellationToken = default);

    /// <summary>The rewrite of <paramref name="response"/> for <paramref name="criterion"/>.</summary>
    Task<AlignResponse> AlignAsync(string criterion, string prompt, string response, AlignRequestOptions? options = null,
        CancellationToken cancellationToken = default);
}

/// <summary>An inference call that failed for a reason that retrying will not fix (bad input, unknown criterion).</summary>
public sealed class InferenceRequestException(string message, Exception? inner = null) : InferenceException(message, inner ?? new ArgumentException(message));
