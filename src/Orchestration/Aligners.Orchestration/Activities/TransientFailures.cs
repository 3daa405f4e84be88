using System.ClientModel;
using System.Net;
using Aligners.Inference.Client;
using Azure;

namespace Aligners.Orchestration.Activities;

/// <summary>
/// Which failures are worth a retry: throttling (429), server errors (5xx), timeouts and broken
/// connections, whether from the LLM, the inference server or storage. Client errors (4xx),
/// refused inference requests and anything unrecognised (a bug) are permanent: retrying a bug
/// only repeats it.
/// </summary>
public static class TransientFailures
{
    /// <summary>Whether <paramref name="e"/> is transient.</summary>
    public static bool IsTransient(Exception e) => e switch
    {
        PermanentActivityException or InferenceRequestException => false,
        TransientActivityException => true,
        ClientResultException c => IsTransientStatus(c.Status),
        RequestFailedException r => IsTransientStatus(r.Status),
        HttpRequestException h => h.StatusCode is null || IsTransientStatus((int)h.StatusCode),
        TimeoutException or IOException or System.Net.Sockets.SocketException => true,
        OperationCanceledException => true,
        Aligners.Inference.InferenceException { InnerException: { } inner } => IsTransient(inner),
        _ => false,
    };

    /// <summary>0 (no response), 408, 429 and 5xx.</summary>
    public static bool IsTransientStatus(int status) => status is 0 or 408 or 429 or >= 500;

    /// <summary>The server's Retry-After, when the failure carries one.</summary>
    public static TimeSpan? RetryAfter(Exception e)
    {
        var raw = e switch
        {
            ClientResultException c => c.GetRawResponse()?.Headers.TryGetValue("Retry-After", out var v) == true ? v : null,
            RequestFailedException r => r.GetRawResponse()?.Headers.TryGetValue("Retry-After", out var v) == true ? v : null,
            _ => null,
        };
        if (raw is null)
        {
            return null;
        }
        if (double.TryParse(raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Max(0, seconds));
        }
        return DateTimeOffset.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
            ? at - DateTimeOffset.UtcNow is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero
            : null;
    }

    /// <summary>A failure's short description for the journal.</summary>
    public static string Describe(Exception e) => e switch
    {
        ClientResultException c => $"{(HttpStatusCode)c.Status} ({c.Status}): {c.Message}",
        RequestFailedException r => $"storage {r.Status} {r.ErrorCode}: {r.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
