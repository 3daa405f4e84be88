namespace Aligners.Orchestration.Activities;

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
