namespace Aligners.Inference.Facts;

/// <summary>
/// A sentence that names a quantity of its own ("A temperature of 39 °C or more is a fever"): it
/// names the measure's quantity word but not the measure, so the value it gives is that other
/// quantity's (a threshold, a reading), not the measure the prompt asked for. A measure is read
/// from a sentence by its unit alone only where the sentence names no such quantity.
/// </summary>
internal static class NamedQuantities
{
    /// <summary>Whether the segment names one of the measure's cues and none of its subjects.</summary>
    public static bool NamesAnother(string folded, (int Start, int End) segment, MeasureFact measure) =>
        measure.Cues.Any(c => ClaimContext.HasWordStart(folded, c, segment.Start, segment.End))
        && !measure.Subjects.Any(s => ClaimContext.HasWordStart(folded, s, segment.Start, segment.End));
}
