using System.Net;
using System.Net.Http.Json;

namespace Aligners.Inference.Client;

/// <summary>
/// Inference over HTTP against the inference server (<c>src/Inference/Aligners.Inference.Server</c>).
/// A 4xx answer is a permanent <see cref="InferenceRequestException"/>; 429, 5xx and network
/// failures surface as <see cref="HttpRequestException"/> (with its status) for the caller to retry.
/// </summary>
public sealed class RemoteInference(HttpClient http) : IAlignmentInference
{
    private IReadOnlyList<ModelDescription>? _models;

    /// <inheritdoc />
    public async Task<IReadOnlyList<ModelDescription>> GetModelsAsync(CancellationToken cancellationToken = default)
    {
        if (_models is null)
        {
            using var response = await http.GetAsync("v1/models", cancellationToken).ConfigureAwait(false);
            await ThrowOnErrorAsync(response, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadFromJsonAsync<ModelsResponse>(InferenceJson.Options, cancellationToken).ConfigureAwait(false);
            _models = body?.Models ?? [];
        }
        return _models;
    }

    /// <inheritdoc />
    public async Task<float> InspectAsync(string criterion, string prompt, string response, CancellationToken cancellationToken = default)
    {
        var request = new InspectRequest([new InspectItem(prompt, response, [criterion])]);
        using var answer = await http.PostAsJsonAsync("v1/inspect", request, InferenceJson.Options, cancellationToken).ConfigureAwait(false);
        await ThrowOnErrorAsync(answer, cancellationToken).ConfigureAwait(false);
        var body = await answer.Content.ReadFromJsonAsync<InspectResponse>(InferenceJson.Options, cancellationToken).ConfigureAwait(false);
        return body?.Items is [var item] && item.Scores.TryGetValue(criterion, out var score)
            ? score
            : throw new InferenceException($"the inference server's inspect answer has no score for '{criterion}'");
    }

    /// <inheritdoc />
    public async Task<AlignResponse> AlignAsync(string criterion, string prompt, string response, AlignRequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var request = new AlignRequest(prompt, response, criterion, options);
        using var answer = await http.PostAsJsonAsync("v1/align", request, InferenceJson.Options, cancellationToken).ConfigureAwait(false);
        await ThrowOnErrorAsync(answer, cancellationToken).ConfigureAwait(false);
        return await answer.Content.ReadFromJsonAsync<AlignResponse>(InferenceJson.Options, cancellationToken).ConfigureAwait(false)
            ?? throw new InferenceException("the inference server's align answer is empty");
    }

    private static async Task ThrowOnErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        var detail = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (status is >= 400 and < 500 && response.StatusCode != HttpStatusCode.TooManyRequests && response.StatusCode != HttpStatusCode.RequestTimeout)
        {
            throw new InferenceRequestException($"the inference server refused the request ({status}): {detail}");
        }
        throw new HttpRequestException($"the inference server answered {status}: {detail}", null, response.StatusCode);
    }
}
