namespace Aligners.Inference.Facts;

/// <summary>
/// Corrects an answer's contradicted claims and what followed from them. A replaced value takes
/// with it what was said of the wrong one (<see cref="WrongValueDescriptions"/>, a list made for
/// a wrong count in <see cref="CountedLists"/>, a rounding in <see cref="RoundedMentions"/>, what
/// later sentences restate or conclude from it in <see cref="SecondClaims"/>), unless the checker
/// confirms that clause; then the corrected text is checked once more and what is
/// still contradicted is corrected the same way. The fix is complete when the last check finds
/// nothing contradicted and no description had to be kept.
/// </summary>
public static class FactFixer
{
    /// <summary>Words a sentence cannot end on: a removal that leaves one broke the sentence.</summary>
    private static readonly HashSet<string> Dangling = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "is", "are", "was", "were", "with", "at", "by", "for", "from", "its", "their", "but", "as", "that",
    };

    /// <summary>
    /// <paramref name="answer"/> fixed by <paramref name="findings"/> and checked again with
    /// <paramref name="checker"/> against <paramref name="prompt"/>; null when there is nothing to correct.
    /// </summary>
    public static FactFix? Fix(FactChecker checker, string prompt, string answer, IEnumerable<FactFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(checker);
        var removed = new List<string>();
        var left = new List<string>();
        var first = Pass(checker, prompt, answer, findings.ToList(), removed, left);
        if (first is null)
        {
            return null;
        }
        var text = first;
        // The rewrite is read again: a second claim the first check passed over may now be judged.
        var again = checker.Check(prompt, text);
        if (again.Findings.Any(f => f.Correctable))
        {
            text = Pass(checker, prompt, text, again.Findings.ToList(), removed, left) ?? text;
            again = checker.Check(prompt, text);
        }
        left.AddRange(again.Findings.Where(f => f.Verdict == FactVerdicts.Contradicted)
            .Select(f => $"{f.Subject}: \"{f.Claim}\" where the facts say \"{f.Expected}\""));
        return new FactFix(text, left.Count == 0, removed, left);
    }

    /// <summary>One round: the values replaced, then what described the wrong ones removed; null when nothing was correctable.</summary>
    private static string? Pass(FactChecker checker, string prompt, string answer, List<FactFinding> findings, List<string> removed, List<string> left)
    {
        var replaced = Replace(answer, findings, out var corrected);
        if (replaced.Count == 0)
        {
            return null;
        }
        // A clause the checker confirms of the right value stays.
        var held = checker.Check(prompt, corrected).Findings.Where(f => f.Verdict == FactVerdicts.Confirmed && f.Start >= 0).ToList();
        var edits = new List<TextEdit>();
        foreach (var value in replaced)
        {
            edits.AddRange(WrongValueDescriptions.Find(corrected, value, prompt).Where(e => !held.Any(f => f.Start >= e.Start && f.Start < e.End)));
            edits.AddRange(new[] { CountedLists.Find(corrected, value), RoundedMentions.Find(corrected, value) }.OfType<TextEdit>());
            edits.AddRange(SecondClaims.Find(corrected, value));
        }
        edits.AddRange(SecondClaims.Opening(corrected, prompt, replaced));
        var kept = new List<TextEdit>();
        foreach (var edit in SecondClaims.Settled(corrected, edits.Where(e => !replaced.Any(v => v.Start < e.End && e.Start < v.End))))
        {
            if (edit.Replacement.Length == 0 && Breaks(corrected, edit))
            {
                left.Add($"kept \"{corrected[edit.Start..edit.End].Trim()}\": removing it breaks the sentence");
                continue;
            }
            kept.Add(edit);
        }
        removed.AddRange(kept.Where(e => e.Replacement.Length == 0).Select(e => corrected[e.Start..e.End].Trim(' ', ',', '—', '–', '-')));
        return TextEdit.Apply(corrected, kept);
    }

    /// <summary>The correctable findings applied as <see cref="FactChecker.Correct"/> does, with where each new value stands.</summary>
    private static List<ReplacedValue> Replace(string answer, List<FactFinding> findings, out string corrected)
    {
        var edits = findings.Where(f => f.Correctable && f.Start + f.Claim.Length <= answer.Length
                && string.Equals(answer.Substring(f.Start, f.Claim.Length), f.Claim, StringComparison.Ordinal))
            .OrderBy(f => f.Start).ToList();
        var applied = new List<FactFinding>();
        var end = -1;
        foreach (var f in edits.OrderByDescending(f => f.Start))
        {
            if (end >= 0 && f.Start + f.Claim.Length > end)
            {
                continue; // overlapping claims: the later one was replaced already
            }
            applied.Add(f);
            end = f.Start;
        }
        applied.Reverse();
        corrected = FactChecker.Correct(answer, findings) ?? answer;
        var values = new List<ReplacedValue>();
        var shift = 0;
        foreach (var f in applied)
        {
            var start = f.Start + shift;
            values.Add(new ReplacedValue(start, start + f.Expected.Length, f.Claim, f.Expected));
            shift += f.Expected.Length - f.Claim.Length;
        }
        return values;
    }

    /// <summary>Whether removing the edit's span leaves its sentence ending on a word no sentence ends on, or empty.</summary>
    private static bool Breaks(string text, TextEdit edit)
    {
        var (start, _, _) = SentenceOf.At(text, edit.Start > 0 ? edit.Start - 1 : 0);
        if (edit.Start <= start)
        {
            return false; // a whole sentence goes
        }
        var before = text[start..edit.Start].TrimEnd(' ', ',', ':');
        var lastSpace = before.LastIndexOf(' ');
        var last = before[(lastSpace + 1)..].Trim('"', '*', '_');
        return before.Trim().Length == 0 || Dangling.Contains(last);
    }
}
