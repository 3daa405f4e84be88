namespace Aligners.Inference.Facts;

/// <summary>
/// A count's correction as a whole phrase: "one moon" corrected to two is "two moons", not "two
/// moon", so the counted noun takes the right number where one and many differ. A correction that
/// would leave the sentence naming one of several as if it were all ("two moons, called X") cannot
/// be written by replacing the count, so the claim is flagged without a correction.
/// </summary>
internal static class CountNouns
{
    // "called", "named", "known as", a colon or a bracket after the noun name what was counted.
    private static readonly string[] Namings = ["called ", "named ", "known as ", "namely ", ": ", "("];

    /// <summary>
    /// The span to replace and its replacement for a count written at <paramref name="start"/>
    /// (<paramref name="number"/>, worth <paramref name="claimed"/>) whose right value is
    /// <paramref name="expected"/> (written <paramref name="expectedText"/>); <paramref name="cues"/>
    /// are the counted noun's folded forms. Null where it cannot be rewritten whole.
    /// </summary>
    public static (int Start, string Claim, string Expected)? Correction(string text, string folded, int start, string number, double claimed,
        double expected, string expectedText, IReadOnlyList<string> cues)
    {
        var numberEnd = start + number.Length;
        var (nounStart, nounEnd) = NounAfter(folded, numberEnd, cues);
        if (nounStart < 0)
        {
            // No counted noun right after the count ("the count is 3"): the number alone is the claim.
            return (start, number, expectedText);
        }
        var noun = text[nounStart..nounEnd];
        var one = claimed == 1;
        var many = expected != 1;
        // A count of one that goes on to name its one thing ("one moon, called X") would name one
        // of several as if it were all; a plural count's list is left as it was.
        if (one && many && Names(folded, nounEnd))
        {
            return null;
        }
        if (one == !many)
        {
            return (start, number, expectedText);
        }
        var folding = folded[nounStart..nounEnd];
        string? written = one
            ? cues.Contains(folding + "s") ? noun + "s" : null
            : folding.EndsWith('s') && cues.Contains(folding[..^1]) ? noun[..^1] : null;
        return written is null ? null : (start, text[start..nounEnd], Count(number, expected, expectedText) + text[numberEnd..nounStart] + written);
    }

    // None in words is "no" before a plural ("no moons"), as the answer would have written it.
    private static string Count(string number, double expected, string figures) =>
        expected == 0 && number.Any(char.IsLetter) ? char.IsUpper(number[0]) ? "No" : "no" : CorrectionStyle.Count(number, expected, figures);

    /// <summary>The counted noun after the count, with at most one describing word between ("one small moon").</summary>
    private static (int Start, int End) NounAfter(string folded, int from, IReadOnlyList<string> cues)
    {
        var at = from;
        for (var word = 0; word < 2; word++)
        {
            while (at < folded.Length && folded[at] == ' ')
            {
                at++;
            }
            var end = at;
            while (end < folded.Length && char.IsLetter(folded[end]))
            {
                end++;
            }
            if (end == at)
            {
                break;
            }
            var w = folded[at..end];
            if (cues.Contains(w) || cues.Contains(w + "s") || (w.EndsWith('s') && cues.Contains(w[..^1])))
            {
                return (at, end);
            }
            at = end;
        }
        return (-1, -1);
    }

    /// <summary>Whether the words after the noun name what was counted.</summary>
    private static bool Names(string folded, int at)
    {
        var rest = folded.AsSpan(at).TrimStart(' ');
        if (rest.StartsWith(","))
        {
            rest = rest[1..].TrimStart(' ');
        }
        foreach (var n in Namings)
        {
            if (rest.StartsWith(n, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
