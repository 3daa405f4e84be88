namespace Aligners.Orchestration.Activities;

/// <summary>
/// An activity failure worth another attempt (throttling, a server error, a timeout, a dropped
/// connection). The engine's retry policies (<see cref="Workflows.Retries"/>) retry only these.
/// </summary>
public sealed class TransientActivityException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>An activity failure that retrying will not fix (bad input, no LLM configured, an empty answer).</summary>
public sealed class PermanentActivityException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Runs an activity's work and turns transient failures into <see cref="TransientActivityException"/>.</summary>
public static class ActivityFailures
{
    /// <summary>Runs <paramref name="work"/>; a transient failure is rethrown as <see cref="TransientActivityException"/>, others unchanged.</summary>
    public static async Task<T> ClassifyAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not TransientActivityException && TransientFailures.IsTransient(e))
        {
            throw new TransientActivityException(TransientFailures.Describe(e), e);
        }
    }
}
