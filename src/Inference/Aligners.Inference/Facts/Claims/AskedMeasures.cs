namespace Aligners.Inference.Facts;

/// <summary>
/// A measure the prompt asks for and the answer gives by its unit alone ("acceleration due to
/// gravity on Earth?" answered "it's about 9.8 m/s²"): the sentence names neither the subject nor
/// its cue, but a quantity written with a unit of the measure's kind can only be the value asked.
/// Only measures with a unit are borrowed (a bare count could count anything), and not where the
/// prompt or the sentence names another body than the Earth, whose value would differ.
/// </summary>
internal static class AskedMeasures
{
    /// <summary>Folded names of bodies whose surface values differ from the Earth's.</summary>
    private static readonly string[] OtherBodies = ["moon", "mercury", "venus", "mars", "jupiter", "saturn", "uranus", "neptune", "pluto", "sun", "titan", "europa"];

    /// <summary>
    /// Whether the folded <paramref name="prompt"/> asks for <paramref name="measure"/>: it has a
    /// unit, and the prompt names its subject and its cue. No segment borrows a measure not asked.
    /// </summary>
    public static bool Asks(string prompt, MeasureFact measure) =>
        measure.Unit.Length > 0
        && measure.Subjects.Any(s => ClaimContext.HasWordStart(prompt, s, 0, prompt.Length))
        && measure.Cues.Any(c => ClaimContext.HasWordStart(prompt, c, 0, prompt.Length));

    /// <summary>Whether the segment may borrow <paramref name="measure"/>'s subject and cue from the prompt.</summary>
    public static bool Borrows(ClaimContext context, (int Start, int End) segment, MeasureFact measure)
    {
        // The prompt's conditions first: they are cheap, and most prompts ask for no measure.
        var prompt = context.Prompt.Folded;
        if (!Asks(prompt, measure))
        {
            return false;
        }
        // "A temperature of 39 °C is a fever" gives another quantity of the same unit.
        if (NamedQuantities.NamesAnother(context.Answer.Folded, segment, measure))
        {
            return false;
        }
        return !OtherBodies.Any(b => ClaimContext.HasWordStart(prompt, b, 0, prompt.Length)
            || ClaimContext.HasWordStart(context.Answer.Folded, b, segment.Start, segment.End));
    }

    /// <summary>Whether the folded <paramref name="prompt"/> names a count's subject and cue ("Do men and women have the same number of ribs?").</summary>
    public static bool AsksCount(string prompt, MeasureFact measure) =>
        measure.Unit.Length == 0
        && measure.Subjects.Any(s => ClaimContext.HasWordStart(prompt, s, 0, prompt.Length))
        && measure.Cues.Any(c => ClaimContext.HasWordStart(prompt, c, 0, prompt.Length));

    /// <summary>
    /// Whether a segment that writes a count's cue ("10 pairs of ribs") may take its subject from the
    /// prompt: the prompt asks for the count, and no other count of that cue ("the bones of the
    /// hand" beside "the bones of an adult") has its subject in the prompt or the segment.
    /// </summary>
    public static bool BorrowsSubject(ClaimContext context, (int Start, int End) segment, MeasureFact measure, IReadOnlyList<MeasureFact> all)
    {
        var prompt = context.Prompt.Folded;
        var answer = context.Answer.Folded;
        if (!AsksCount(prompt, measure))
        {
            return false;
        }
        var cues = measure.Cues.Where(c => ClaimContext.HasWordStart(answer, c, segment.Start, segment.End)).ToList();
        return cues.Count > 0 && !all.Any(o => !ReferenceEquals(o, measure) && o.Cues.Any(cues.Contains)
            && o.Subjects.Any(s => ClaimContext.HasWordStart(prompt, s, 0, prompt.Length) || ClaimContext.HasWordStart(answer, s, segment.Start, segment.End)));
    }
}
