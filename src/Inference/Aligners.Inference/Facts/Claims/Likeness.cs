namespace Aligners.Inference.Facts;

/// <summary>
/// A wrong value likened to others' ("Switzerland uses the euro, just like its neighbours Germany
/// and France"): the value is right for the subjects it is likened to and wrong for the one
/// corrected, so once corrected the likeness is a second false clause. Its word is corrected with
/// it: "just like" becomes "unlike".
/// </summary>
internal static class Likeness
{
    private static readonly string[] Words = [" just like ", " exactly like ", " like ", " the same as ", " as do ", " as does "];

    /// <summary>The correction of the likeness in <paramref name="segment"/>, or null where there is none to correct.</summary>
    public static FactFinding? Check(ClaimContext context, (int Start, int End) segment, Relation relation, Mention value, List<Mention> subjects, List<FactFinding> judged)
    {
        var wrong = judged.FirstOrDefault(f => f.Correctable && f.Start == value.Start);
        if (wrong is null)
        {
            return null;
        }
        var likened = subjects.Where(s => s.Start > value.End && relation.IsRight(s.Key, value.Key)).OrderBy(s => s.Start).FirstOrDefault();
        if (likened == default)
        {
            return null;
        }
        var between = context.Answer.Folded[value.End..likened.Start];
        foreach (var word in Words)
        {
            var at = between.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                var start = value.End + at + 1;
                return new FactFinding(wrong.Domain, FactVerdicts.Contradicted, wrong.Subject + " (likened to others')",
                    context.Answer.Text.Substring(start, word.Length - 2), "unlike", wrong.Source, start);
            }
        }
        return null;
    }
}
