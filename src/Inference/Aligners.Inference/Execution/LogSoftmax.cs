namespace Aligners.Inference.Execution;

/// <summary>Probabilities from a model's raw logits, computed stably (shifted by the largest logit).</summary>
internal static class LogSoftmax
{
    /// <summary>log softmax(<paramref name="logits"/>)[<paramref name="index"/>].</summary>
    public static double At(ReadOnlySpan<float> logits, int index)
    {
        var max = float.NegativeInfinity;
        foreach (var l in logits)
        {
            max = Math.Max(max, l);
        }
        double sum = 0;
        foreach (var l in logits)
        {
            sum += Math.Exp(l - max);
        }
        return logits[index] - max - Math.Log(sum);
    }
}
