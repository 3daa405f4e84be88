namespace Aligners.Inference.Facts;

/// <summary>
/// A value the question gives and the subject it asks for: "what's the largest moon of Jupiter?"
/// names the planet and asks for a moon, so in "Jupiter's largest moon is Titan" the planet is the
/// question's own word and the moon is the claim. A relation that pairs them wrongly is still
/// flagged, but its value is not corrected in place: the correction would rewrite what the asker
/// said ("Saturn's largest moon is Titan"), and the wrong part is the subject, which another
/// reader (a record, the squad's rewrite) puts right.
/// </summary>
internal static class AskedValues
{
    /// <summary>
    /// <paramref name="finding"/> without its place where its claimed value, among
    /// <paramref name="values"/>, is named in the prompt and the prompt names no subject of the relation.
    /// </summary>
    public static FactFinding Unplaced(ClaimContext context, Relation relation, IEnumerable<Mention> values, FactFinding finding)
    {
        if (!finding.Correctable || context.PromptMentions.Any(m => m.Kind == relation.SubjectKind))
        {
            return finding;
        }
        var claimed = values.FirstOrDefault(v => v.Start == finding.Start);
        return claimed != default && context.PromptMentions.Any(m => m.Kind == relation.ValueKind && m.Key == claimed.Key)
            ? finding with { Start = -1 }
            : finding;
    }
}
