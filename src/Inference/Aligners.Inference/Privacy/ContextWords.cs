namespace Aligners.Inference.Privacy;

/// <summary>
/// Words that, written near a candidate, make it likelier to be what it looks like ("SSN",
/// "card") or likelier to be something else ("order", "ISBN"). Matching is case-insensitive, and
/// a word must not be glued to letters on either side (a plural "s" excepted), so "ip" is not
/// found in "zip" and "tel" not in "hotel". Only a fixed window around the candidate is read, so
/// the cost does not grow with the text. With <c>insideIdentifiers</c> a word also counts at the
/// end of an identifier ("FileVersion"), if it has five letters or more ("ver" is not read in "server").
/// </summary>
internal sealed class ContextWords(string[] words, bool insideIdentifiers)
{
    private readonly string[] words = words.Select(w => w.ToLowerInvariant()).ToArray();

    /// <summary>Words that must stand alone.</summary>
    public ContextWords(params string[] words) : this(words, insideIdentifiers: false)
    {
    }

    /// <summary>One of the words stands within <paramref name="before"/> characters before or <paramref name="after"/> after the span.</summary>
    public bool Near(string text, int start, int end, int before = 48, int after = 24)
    {
        var from = Math.Max(0, start - before);
        if (Contains(text.AsSpan(from, start - from)))
        {
            return true;
        }
        var to = Math.Min(text.Length, end + after);
        return to > end && Contains(text.AsSpan(end, to - end));
    }

    /// <summary>
    /// One of the words labels the value at <paramref name="start"/>: it ends right before it, with
    /// only a label's marks between ("Ticket #", "order no. ", "IMEI: ", "order_id="), within <paramref name="reach"/>
    /// characters. A word that only stands nearby in a sentence ("the number in the ticket was") labels nothing.
    /// </summary>
    public bool Labels(string text, int start, int reach = 24)
    {
        var j = start;
        while (j > 0 && start - j < reach)
        {
            var c = text[j - 1];
            if (c is ' ' or '\t' or '#' or ':' or '=' or '-' or '_' or '.' or '(' or '[' or '°' or 'º')
            {
                j--;
                continue;
            }
            var wordEnd = j;
            while (j > 0 && wordEnd - j < 8 && char.IsLetter(text[j - 1]))
            {
                j--;
            }
            var word = text.AsSpan(j, wordEnd - j);
            if (word.IsEmpty || !IsLabelMark(word))
            {
                j = wordEnd;
                break;
            }
        }
        var from = Math.Max(0, j - 32);
        return LastEnd(text.AsSpan(from, j - from)) == j - from;
    }

    /// <summary>Words a label puts between its name and its value: "number", "no", "nr", "id".</summary>
    private static bool IsLabelMark(ReadOnlySpan<char> word) =>
        word.Equals("number", StringComparison.OrdinalIgnoreCase) || word.Equals("no", StringComparison.OrdinalIgnoreCase)
        || word.Equals("nr", StringComparison.OrdinalIgnoreCase) || word.Equals("num", StringComparison.OrdinalIgnoreCase)
        || word.Equals("id", StringComparison.OrdinalIgnoreCase) || word.Equals("n", StringComparison.OrdinalIgnoreCase);

    /// <summary>One of the words stands in <paramref name="window"/>.</summary>
    public bool Contains(ReadOnlySpan<char> window) => LastEnd(window, first: true) >= 0;

    /// <summary>Where the last of the words standing in <paramref name="window"/> ends, or -1 where none does.</summary>
    public int LastEnd(ReadOnlySpan<char> window) => LastEnd(window, first: false);

    private int LastEnd(ReadOnlySpan<char> window, bool first)
    {
        var last = -1;
        Span<char> lower = window.Length <= 256 ? stackalloc char[window.Length] : new char[window.Length];
        window.ToLowerInvariant(lower);
        foreach (var word in words)
        {
            var offset = 0;
            while (offset < lower.Length)
            {
                var at = lower[offset..].IndexOf(word, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }
                var begin = offset + at;
                var after = begin + word.Length;
                if ((begin == 0 || !char.IsLetter(lower[begin - 1]) || (insideIdentifiers && word.Length >= 5))
                    && (after >= lower.Length || !char.IsLetter(lower[after]) || (lower[after] == 's' && (after + 1 >= lower.Length || !char.IsLetter(lower[after + 1])))))
                {
                    var end = after < lower.Length && lower[after] == 's' ? after + 1 : after; // a plural's "s" ends the word
                    if (first)
                    {
                        return end;
                    }
                    last = Math.Max(last, end);
                }
                offset = begin + 1;
            }
        }
        return last;
    }
}
