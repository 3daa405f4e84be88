using System.Net;
using System.Net.Http.Json;

namespace Aligners.Inference.Client;

/// <summary>
/// Inference over HTTP against the inference server (<c>src/Inference/Aligners.Inference.Server</c>).
/// The HTTP client's resilience handler retries timeouts, dropped connections, 429 (after
/// Retry-After) and 5xx within <see cref="InferenceOptions.MaxRetries"/>; what still fails
/// surfaces as <see cref="HttpRequestException"/> (with its status) or <see cref="TimeoutException"/>
/// for the caller's own policy, and a 4xx answer as a permanent <see cref="InferenceRequestException"/>.
/// </summary>
public sealed class RemoteInference(HttpClient http) : IAlignmentInference
{
    private IReadOnlyList<ModelDescription>? _models;

    /// <inheritdoc />
    public async Task<IReadOnlyList<ModelDescription>> GetModelsAsync(CancellationToken cancellationToken = default)
    {
        if (_models is null)
        {
            using var response = await SendAsync(() => http.GetAsync("v1/models", cancellationToken)).ConfigureAwait(false);
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
        using var answer = await SendAsync(() => http.PostAsJsonAsync("v1/inspect", request, InferenceJson.Options, cancellationToken)).ConfigureAwait(false);
        await ThrowOnErrorAsync(answer, cancellationToken).ConfigureAwait(false);
        var body = await answer.Content.ReadFromJsonAsync<InspectResponse>(InferenceJson.Options, cancellationToken).ConfigureAwait(false);
        return body?.Items is [var item] && item.Scores.TryGetValue(criterion, out var score)
            ? score
            : throw new InferenceException($"the inference server's inspect answer has no score for '{criterion}'");
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<float>> SimilaritiesAsync(string anchor, IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        using var answer = await SendAsync(() => http.PostAsJsonAsync("v1/similarity", new SimilarityRequest(anchor, texts), InferenceJson.Options, cancellationToken))
            .ConfigureAwait(false);
        await ThrowOnErrorAsync(answer, cancellationToken).ConfigureAwait(false);
        var body = await answer.Content.ReadFromJsonAsync<SimilarityResponse>(InferenceJson.Options, cancellationToken).ConfigureAwait(false);
        return body?.Similarities is { } s && s.Count == texts.Count
            ? s
            : throw new InferenceException("the inference server's similarity answer does not hold one similarity per text");
    }

    /// <inheritdoc />
    public async Task<AlignResponse> AlignAsync(string criterion, string prompt, string response, AlignRequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var request = new AlignRequest(prompt, response, criterion, options);
        using var answer = await SendAsync(() => http.PostAsJsonAsync("v1/align", request, InferenceJson.Options, cancellationToken)).ConfigureAwait(false);
        await ThrowOnErrorAsync(answer, cancellationToken).ConfigureAwait(false);
        return await answer.Content.ReadFromJsonAsync<AlignResponse>(InferenceJson.Options, cancellationToken).ConfigureAwait(false)
            ?? throw new InferenceException("the inference server's align answer is empty");
    }

    /// <summary>Sends, turning the resilience pipeline's own refusals into the exceptions callers classify.</summary>
    private static async Task<HttpResponseMessage> SendAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            return await send().ConfigureAwait(false);
        }
        catch (Polly.Timeout.TimeoutRejectedException e)
        {
            throw new TimeoutException($"the inference server did not answer in time: {e.Message}", e);
        }
        catch (Polly.CircuitBreaker.BrokenCircuitException e)
        {
            throw new HttpRequestException($"the inference server is failing; calls are paused: {e.Message}", e, HttpStatusCode.ServiceUnavailable);
        }
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
