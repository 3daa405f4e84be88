using System.Diagnostics;
using Aligners.Inference.Execution;

namespace Aligners.Inference.Generation;

/// <summary>
/// Drives a <see cref="DecodeState"/>: picks each row's next token, stops rows independently
/// (stop token or limit), and runs the next step while any row is live. Finished rows are fed
/// padding so the batch keeps its shape; their outputs are ignored.
/// </summary>
internal sealed class GenerationLoop : IDisposable
{
    private readonly DecodeState _state;
    private readonly Row[] _rows;
    private readonly int[] _next;
    private readonly long _started;
    private readonly int _padId;
    private long _prefillTicks;
    private bool _prefilled;

    public GenerationLoop(KvCacheDecoder decoder, IReadOnlyList<int[]> prompts, IReadOnlyList<RowSettings> settings)
    {
        _rows = [.. settings.Select(s => new Row(s))];
        _next = new int[prompts.Count];
        _started = Stopwatch.GetTimestamp();
        _padId = decoder.PadId;
        _state = decoder.Start(prompts, _rows.Max(r => r.Settings.MaxNewTokens));
    }

    /// <summary>The tokens of each row so far.</summary>
    public IReadOnlyList<int> Tokens(int row) => _rows[row].Tokens;

    public bool IsDone(int row) => _rows[row].Finish is not null;

    public FinishReason? Finish(int row) => _rows[row].Finish;

    /// <summary>The mean log-probability the model gave the tokens it chose for the row, its stop token included.</summary>
    public double MeanLogProbability(int row) => _rows[row].MeanLogProbability;

    /// <summary>
    /// Produces one token for every live row; returns false once every row has finished.
    /// Rows that got a token this call are listed in <paramref name="produced"/>.
    /// </summary>
    public bool Advance(List<int> produced)
    {
        produced.Clear();
        if (!_prefilled)
        {
            _state.Prefill();
            _prefilled = true;
            _prefillTicks = Stopwatch.GetTimestamp() - _started;
        }
        else if (_rows.All(r => r.Finish is not null))
        {
            return false;
        }
        else
        {
            _state.Step(_next);
        }
        for (var i = 0; i < _rows.Length; i++)
        {
            var row = _rows[i];
            if (row.Finish is not null)
            {
                _next[i] = _padId;
                continue;
            }
            var logits = _state.Logits(i);
            var token = row.Sampler.Next(logits);
            row.AddLogProbability(logits, token);
            _next[i] = token;
            if (row.Settings.StopIds.Contains(token))
            {
                row.Finish = FinishReason.Stop;
                continue;
            }
            row.Tokens.Add(token);
            produced.Add(i);
            if (row.Tokens.Count >= row.Settings.MaxNewTokens)
            {
                row.Finish = FinishReason.Length;
            }
        }
        return produced.Count > 0 || _rows.Any(r => r.Finish is null);
    }

    public GenerationTimings Timings()
    {
        var total = Stopwatch.GetElapsedTime(_started);
        var prefill = TimeSpan.FromTicks(_prefillTicks * TimeSpan.TicksPerSecond / Stopwatch.Frequency);
        return new GenerationTimings(prefill.TotalMilliseconds, (total - prefill).TotalMilliseconds);
    }

    public void Dispose() => _state.Dispose();

    private sealed class Row(RowSettings settings)
    {
        public RowSettings Settings { get; } = settings;
        public TokenSampler Sampler { get; } = new(settings.Options);
        public List<int> Tokens { get; } = [];
        public FinishReason? Finish { get; set; }
        public double MeanLogProbability => _chosen == 0 ? 0 : _logProbabilitySum / _chosen;

        private double _logProbabilitySum;
        private int _chosen;

        /// <summary>Adds log softmax(logits)[token]: how sure the model itself was, whatever the sampler did.</summary>
        public void AddLogProbability(ReadOnlySpan<float> logits, int token)
        {
            _logProbabilitySum += LogSoftmax.At(logits, token);
            _chosen++;
        }
    }
}

/// <summary>A row's resolved settings: limit, stop ids and sampler options.</summary>
internal sealed record RowSettings(int MaxNewTokens, IReadOnlySet<int> StopIds, GenerationOptions Options);
