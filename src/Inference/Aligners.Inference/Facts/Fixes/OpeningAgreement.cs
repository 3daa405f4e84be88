namespace Aligners.Inference.Facts;

/// <summary>
/// The opening of an answer to a yes-or-no question, made wrong by a correction elsewhere in it.
/// "Yes" under "Is it the euro?" agreed with the wrong value: once that value is corrected, the
/// assent is turned ("No"). "Small correction:" or "Actually," before a value the user had already
/// given rightly corrected nothing: once the answer's value is the user's, the correction marker
/// goes. "No" under "Is it X?" denied the value the correction now gives: it is turned ("Yes"),
/// see <see cref="DeniedQuestion"/>.
/// </summary>
internal static class OpeningAgreement
{
    /// <summary>Openers that correct the user; each is taken with the punctuation after it.</summary>
    private static readonly string[] Corrections =
        ["small correction", "quick correction", "slight correction", "correction", "actually", "not quite", "nope", "no", "close, but", "almost"];

    /// <summary>Short assents turned into "No"; a longer one becomes "Not quite".</summary>
    private static readonly HashSet<string> ShortAssent = new(StringComparer.OrdinalIgnoreCase) { "yes", "yep", "yeah", "yup" };

    /// <summary>The edit of the answer's opening that the corrections of <paramref name="values"/> call for, or null.</summary>
    public static TextEdit? Find(string text, string prompt, IReadOnlyList<ReplacedValue> values)
    {
        if (values.Count == 0 || !prompt.Contains('?'))
        {
            return null;
        }
        // The user asked about a value the answer had wrong: an assent agreed with it.
        if (values.Any(v => ValueForms.Mentions(prompt, v.Claim) && !ValueForms.Mentions(prompt, v.Expected))
            && AgreementOpening.Find(text) is { } assent && assent.Start + assent.Length < values.Min(v => v.Start))
        {
            var opening = text.Substring(assent.Start, assent.Length);
            var turned = ShortAssent.Contains(opening) ? "No" : "Not quite";
            // "Yep, your friend is right —": the judgement after the assent goes with it.
            var judged = AgreementClauses.EndAfter(text, assent.Start + assent.Length) is { } clause && clause < values.Min(v => v.Start)
                ? clause : assent.Start + assent.Length;
            return new TextEdit(assent.Start, judged, char.IsLower(opening[0]) ? turned.ToLowerInvariant() : turned, "agreed with the wrong value");
        }
        // A yes-or-no question asked of the value the correction gives: the answer's denial is turned.
        if (DeniedQuestion.Find(text, prompt, values) is { } denial)
        {
            return denial;
        }
        // The user gave the right value: a correction of it is wrong.
        if (values.Any(v => Contains(prompt, v.Expected)) && Correction(text) is { } end && end <= values.Min(v => v.Start))
        {
            var rest = end < text.Length ? text[end].ToString().ToUpperInvariant() : "";
            return new TextEdit(0, Math.Min(end + 1, text.Length), rest, "corrected the user's right value");
        }
        return null;
    }

    /// <summary>Where the text after a correction opener starts ("Small correction: X" gives X's index), or null.</summary>
    private static int? Correction(string text)
    {
        var trimmed = text.TrimStart();
        var skip = text.Length - trimmed.Length;
        foreach (var c in Corrections)
        {
            if (trimmed.StartsWith(c, StringComparison.OrdinalIgnoreCase) && trimmed.Length > c.Length && trimmed[c.Length] is ':' or ',' or '!' or '.' or '—' or '-')
            {
                var end = skip + c.Length + 1;
                while (end < text.Length && text[end] is ' ' or '—' or '-')
                {
                    end++;
                }
                return end < text.Length && char.IsLetterOrDigit(text[end]) ? end : null;
            }
        }
        return null;
    }

    /// <summary>Whether the prompt holds the value as written (a number with its digits, a name as a word).</summary>
    private static bool Contains(string prompt, string value)
    {
        var core = value.Trim();
        var space = core.IndexOf(' ');
        // "8,849 metres": the number is what the user gave, whatever its unit's spelling.
        if (space > 0 && char.IsDigit(core[0]))
        {
            core = core[..space];
        }
        return core.Length > 0 && prompt.Contains(core, StringComparison.OrdinalIgnoreCase);
    }
}
