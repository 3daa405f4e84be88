using System.ComponentModel.DataAnnotations;
using Aligners.Orchestration.Activities;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Workflows;

/// <summary>One activity kind's retry policy for the engine.</summary>
public sealed record RetrySettings
{
    /// <summary>Attempts in all, the first included.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The wait before the first retry; it grows by <see cref="BackoffCoefficient"/> each time.</summary>
    [Range(1, 3_600_000)]
    public int FirstRetryMilliseconds { get; init; } = 1000;

    /// <summary>The longest wait between attempts.</summary>
    [Range(1, 3_600_000)]
    public int MaxRetryMilliseconds { get; init; } = 15_000;

    /// <summary>The growth factor of the wait.</summary>
    [Range(1.0, 10.0)]
    public double BackoffCoefficient { get; init; } = 2;

    /// <summary>
    /// The engine's policy: only failures an activity classified as transient
    /// (<see cref="TransientActivityException"/>: throttling, 5xx, timeouts, dropped connections)
    /// are retried, with exponential backoff; bad input and bugs fail at once.
    /// </summary>
    public TaskOptions ToTaskOptions() =>
        TaskOptions.FromRetryPolicy(new RetryPolicy(MaxAttempts, TimeSpan.FromMilliseconds(FirstRetryMilliseconds), BackoffCoefficient,
            TimeSpan.FromMilliseconds(MaxRetryMilliseconds))
        {
            HandleFailure = failure => failure.IsCausedBy<TransientActivityException>(),
        });
}

/// <summary>
/// Retry policies per activity kind, configured under <c>Retries</c> and carried in each
/// instance's input, so a replay always uses the policy the instance started with.
/// </summary>
public sealed record Retries : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Retries";

    /// <summary>Model calls: quick, few attempts (an overloaded inference server recovers or it does not).</summary>
    [Required]
    public RetrySettings Inference { get; init; } = new();

    /// <summary>The upstream LLM: more patience (the SDK has already honoured Retry-After inside each attempt).</summary>
    [Required]
    public RetrySettings Llm { get; init; } = new() { MaxAttempts = 5, FirstRetryMilliseconds = 2000, MaxRetryMilliseconds = 60_000 };

    /// <summary>Blob and queue writes.</summary>
    [Required]
    public RetrySettings Storage { get; init; } = new() { MaxAttempts = 6, FirstRetryMilliseconds = 500, MaxRetryMilliseconds = 30_000 };

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, settings) in new[] { (nameof(Inference), Inference), (nameof(Llm), Llm), (nameof(Storage), Storage) })
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(settings, new ValidationContext(settings), results, validateAllProperties: true);
            foreach (var r in results)
            {
                yield return new ValidationResult($"{Section}:{name}: {r.ErrorMessage}", [name]);
            }
        }
    }
}
