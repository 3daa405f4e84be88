namespace Aligners.Inference.Facts;

/// <summary>
/// A "No" that answered a yes-or-no question about a value ("Is cobalt magnetic?" answered "No —
/// cobalt is non-magnetic"): once the correction makes the answer's value the one the question
/// asks about, the denial contradicts the corrected sentence after it and is turned ("Yes"), with
/// a judgement clause after it ("No, that's wrong") dropped. A "Yes" under a question about the
/// wrong value is <see cref="OpeningAgreement"/>'s to turn.
/// </summary>
internal static class DeniedQuestion
{
    /// <summary>Denials an answer opens with, each followed by punctuation or a space.</summary>
    private static readonly string[] Denials = ["nope", "nah", "no"];

    /// <summary>Words a yes-or-no question opens with.</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "do", "does", "did", "can", "could", "has", "have", "had", "will", "would", "should",
        "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", "can't",
    };

    /// <summary>The edit turning the answer's denial, or null where the rule does not apply.</summary>
    public static TextEdit? Find(string text, string prompt, IReadOnlyList<ReplacedValue> values)
    {
        if (!IsYesNo(prompt) || !values.Any(v => ValueForms.Mentions(prompt, v.Expected) && !ValueForms.Mentions(prompt, v.Claim)))
        {
            return null;
        }
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] is '*' or '_'))
        {
            start++;
        }
        var head = FoldedText.Fold(text[start..Math.Min(text.Length, start + 8)]);
        var denial = Denials.FirstOrDefault(d => head.StartsWith(d, StringComparison.Ordinal) && head.Length > d.Length && !char.IsLetterOrDigit(head[d.Length]));
        if (denial is null)
        {
            return null;
        }
        var first = values.Min(v => v.Start);
        var end = start + denial.Length;
        if (end >= first)
        {
            return null;
        }
        if (AgreementClauses.EndAfter(text, end) is { } clause && clause < first)
        {
            end = clause;
        }
        return new TextEdit(start, end, char.IsLower(text[start]) ? "yes" : "Yes", "denied the value the question asks about");
    }

    /// <summary>Whether the prompt's last question opens with an auxiliary verb ("Is ...?", "Does ...?").</summary>
    public static bool IsYesNo(string prompt)
    {
        var q = prompt.LastIndexOf('?');
        if (q < 0)
        {
            return false;
        }
        var s = q - 1;
        while (s >= 0 && prompt[s] is not ('.' or '!' or '?' or '\n'))
        {
            s--;
        }
        var sentence = FoldedText.Fold(prompt[(s + 1)..q]).TrimStart(' ', '"', '*');
        var space = sentence.IndexOf(' ');
        return space > 0 && Auxiliaries.Contains(sentence[..space]);
    }
}
