namespace Aligners.Inference.Generation;

/// <summary>Chooses the next token from a row of logits: greedy, or tempered top-p sampling.</summary>
internal sealed class TokenSampler
{
    private readonly float _temperature;
    private readonly float _topP;
    private readonly Random? _random;
    private float[] _probabilities = [];
    private int[] _order = [];

    public TokenSampler(GenerationOptions options)
    {
        _temperature = options.Temperature;
        _topP = options.TopP;
        _random = options.Temperature > 0 ? new Random(options.Seed) : null;
    }

    public int Next(ReadOnlySpan<float> logits) => _random is null ? ArgMax(logits) : Sample(logits);

    public static int ArgMax(ReadOnlySpan<float> logits)
    {
        var best = 0;
        for (var i = 1; i < logits.Length; i++)
        {
            if (logits[i] > logits[best])
            {
                best = i;
            }
        }
        return best;
    }

    private int Sample(ReadOnlySpan<float> logits)
    {
        if (_probabilities.Length != logits.Length)
        {
            _probabilities = new float[logits.Length];
            _order = new int[logits.Length];
        }
        var max = logits[ArgMax(logits)];
        double sum = 0;
        for (var i = 0; i < logits.Length; i++)
        {
            var p = (float)Math.Exp((logits[i] - max) / _temperature);
            _probabilities[i] = p;
            _order[i] = i;
            sum += p;
        }
        var probs = _probabilities;
        Array.Sort(_order, (a, b) => probs[b].CompareTo(probs[a]));
        // Keep the smallest prefix reaching top-p, then draw within it.
        double kept = 0;
        var count = 0;
        while (count < _order.Length)
        {
            kept += probs[_order[count]] / sum;
            count++;
            if (kept >= _topP)
            {
                break;
            }
        }
        var target = _random!.NextDouble() * kept * sum;
        double acc = 0;
        for (var i = 0; i < count; i++)
        {
            acc += probs[_order[i]];
            if (acc >= target)
            {
                return _order[i];
            }
        }
        return _order[count - 1];
    }
}
