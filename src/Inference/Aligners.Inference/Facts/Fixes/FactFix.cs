namespace Aligners.Inference.Facts;

/// <summary>
/// A corrected answer and whether the correction is whole: every claim the checker can judge in it
/// holds, and nothing said of the wrong value was left that could not be taken out.
/// </summary>
/// <param name="Text">The answer with the wrong values replaced and what described them removed.</param>
/// <param name="Complete">True when the corrected text has no contradicted claim and no description of a wrong value was kept.</param>
/// <param name="Removed">The clauses taken out because they described a replaced value, as they were written.</param>
/// <param name="Left">Why the fix is partial: each claim still contradicted or description kept; empty when complete.</param>
public sealed record FactFix(string Text, bool Complete, IReadOnlyList<string> Removed, IReadOnlyList<string> Left);

/// <summary>
/// A value the correction wrote into the text: where it now stands, what it replaced and with what.
/// </summary>
/// <param name="Start">Where the new value starts in the corrected text.</param>
/// <param name="End">Where it ends.</param>
/// <param name="Claim">The wrong value it replaced.</param>
/// <param name="Expected">The value written.</param>
internal sealed record ReplacedValue(int Start, int End, string Claim, string Expected);

/// <summary>A change to the corrected text: the span [Start, End) becomes <see cref="Replacement"/>.</summary>
internal sealed record TextEdit(int Start, int End, string Replacement, string Why)
{
    /// <summary>Applies non-overlapping edits, the later first, so earlier positions hold; an edit overlapping one already applied is skipped.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var limit = int.MaxValue;
        foreach (var e in edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.End))
        {
            if (e.End > limit)
            {
                continue;
            }
            text = string.Concat(text.AsSpan(0, e.Start), e.Replacement, text.AsSpan(e.End));
            limit = e.Start;
        }
        return text;
    }
}
