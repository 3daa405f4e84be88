namespace Aligners.Inference.Inspection;

/// <summary>
/// Splits a batch, sorted by length, into runs whose padding stays small. A right-padded batch
/// costs its longest row times its size, so one long pair among short ones would make every short
/// one pay for the long one; splitting costs one more session run, which is cheap next to that.
/// </summary>
public static class LengthBuckets
{
    /// <summary>Padded tokens may exceed real tokens by this share before a batch is split.</summary>
    public const double MaxPaddingShare = 0.25;

    /// <summary>
    /// How many rows from <paramref name="start"/> go into one run: as many as keep
    /// (longest × rows) within (1 + <see cref="MaxPaddingShare"/>) × (real tokens).
    /// </summary>
    /// <param name="sortedLengths">Row lengths in ascending order.</param>
    /// <param name="start">The first row of the run.</param>
    /// <returns>At least one row.</returns>
    public static int Next(ReadOnlySpan<int> sortedLengths, int start)
    {
        long real = sortedLengths[start];
        var end = start + 1;
        for (; end < sortedLengths.Length; end++)
        {
            var longest = sortedLengths[end];
            real += longest;
            if ((double)longest * (end - start + 1) > (1 + MaxPaddingShare) * real)
            {
                break;
            }
        }
        return end - start;
    }
}
