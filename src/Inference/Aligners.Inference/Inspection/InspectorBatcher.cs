using System.Threading.Channels;

namespace Aligners.Inference.Inspection;

/// <summary>
/// Coalesces concurrent single-pair calls into one batched session run: the first waiting pair
/// opens a batch, which closes when it is full or <see cref="BatchingOptions.MaxWaitMilliseconds"/>
/// has passed. Callers tokenize on their own threads; one loop runs the model. Where batching does
/// not pay (<see cref="BatchingOptions.Mode"/>, <see cref="BatchingCalibration"/>), each call runs
/// alone on its caller's thread instead.
/// </summary>
public sealed class InspectorBatcher : IAsyncDisposable
{
    private readonly Inspector _inspector;
    private readonly BatchingOptions _options;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;
    private volatile bool _disposed;

    /// <summary>Starts the batcher for <paramref name="inspector"/>; in <c>auto</c> mode it calibrates first.</summary>
    public InspectorBatcher(Inspector inspector, BatchingOptions options)
    {
        _inspector = inspector;
        _options = options;
        Calibration = options.Mode == "auto" ? BatchingCalibration.Measure(inspector) : null;
        Batches = options.Mode == "on" || Calibration?.Pays == true;
        _loop = Batches ? Task.Run(RunAsync) : Task.CompletedTask;
    }

    /// <summary>The inspector behind the batcher.</summary>
    public Inspector Inspector => _inspector;

    /// <summary>Whether concurrent calls are coalesced into batches.</summary>
    public bool Batches { get; }

    /// <summary>What the calibration measured, in <c>auto</c> mode.</summary>
    public BatchingCalibration.Result? Calibration { get; }

    /// <summary>P(aligned) of one pair, computed in a shared batch (or alone where batching does not pay).</summary>
    public Task<float> ScoreAsync(string prompt, string response, CancellationToken cancellationToken = default)
    {
        if (!Batches)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(_inspector.Score([(prompt, response)])[0]);
        }
        var pending = new Pending(_inspector.Encode(prompt, response), cancellationToken);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(InspectorBatcher));
        }
        return pending.Result.Task;
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(_options.MaxBatchSize);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            if (!reader.TryRead(out var first))
            {
                continue;
            }
            batch.Add(first);
            var deadline = DateTime.UtcNow.AddMilliseconds(_options.MaxWaitMilliseconds);
            while (batch.Count < _options.MaxBatchSize)
            {
                if (reader.TryRead(out var next))
                {
                    batch.Add(next);
                    continue;
                }
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    break;
                }
                using var wait = new CancellationTokenSource(left);
                try
                {
                    if (!await reader.WaitToReadAsync(wait.Token).ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
            Run(batch);
        }
    }

    private void Run(List<Pending> batch)
    {
        batch.RemoveAll(p => p.Cancellation.IsCancellationRequested && p.Result.TrySetCanceled(p.Cancellation));
        if (batch.Count == 0)
        {
            return;
        }
        try
        {
            var inputs = batch.Select(p => p.Input).ToArray();
            var scores = new float[inputs.Length];
            _inspector.Score(inputs, scores);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Result.TrySetResult(scores[i]);
            }
        }
        catch (Exception e)
        {
            foreach (var p in batch)
            {
                p.Result.TrySetException(e);
            }
        }
    }

    /// <summary>Stops accepting pairs and finishes the ones already queued.</summary>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private sealed record Pending(InspectorInput Input, CancellationToken Cancellation)
    {
        public TaskCompletionSource<float> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
