namespace Aligners.Inference.Privacy;

/// <summary>
/// A name labels the value right after it: it ends right before the value with only a key's quotes and
/// marks between (<c>"routing":"</c>, <c>personnummer: </c>, <c>burgerservicenummer (BSN) </c>), on the
/// value's line. With <c>sentence</c>, a sentence's verb "to be" may stand between as well: "Mitt
/// personnummer är ...", "my BSN is ...", "mijn BSN is ...", "meine Steuer-ID ist ...", "mon numéro est ...",
/// which names the value as surely as a colon does. Reads at most 48 characters before the value.
/// </summary>
internal static class ValueLabels
{
    // The present of "to be" (and German "lautet", Dutch "luidt", "reads") in the languages the rules know.
    private static readonly string[] Copulas = ["is", "är", "er", "ist", "lautet", "luidt", "est", "es", "è", "é", "jest", "on", "was"];

    /// <summary>A word of <paramref name="words"/> labels the value at <paramref name="at"/>.</summary>
    public static bool LabelledBy(ContextWords words, string text, int at, bool sentence = false)
    {
        var from = Math.Max(0, at - 48);
        var window = Trim(text.AsSpan(from, at - from));
        var lineBreak = window.LastIndexOf('\n');
        window = lineBreak < 0 ? window : window[(lineBreak + 1)..];
        if (window.IsEmpty)
        {
            return false;
        }
        if (words.LastEnd(window) == window.Length || LabelledBeforeAside(words, window))
        {
            return true;
        }
        if (!sentence)
        {
            return false;
        }
        var space = window.LastIndexOf(' ');
        if (space < 0 || !IsCopula(window[(space + 1)..]))
        {
            return false;
        }
        window = Trim(window[..space]);
        return !window.IsEmpty && words.LastEnd(window) == window.Length;
    }

    /// <summary>
    /// A bracketed aside stands between the label and its colon: "SIN (for payroll only): ", "BSN (zie bijlage): ". A form
    /// adds such a note to its label; the label still names the value. The aside is short and closed before the value.
    /// </summary>
    private static bool LabelledBeforeAside(ContextWords words, ReadOnlySpan<char> window)
    {
        var open = window.LastIndexOf('(');
        if (open < 0 || window.Length - open > MaxAside || window[open..].IndexOf(')') >= 0)
        {
            return false;
        }
        var label = Trim(window[..open]);
        return !label.IsEmpty && words.LastEnd(label) == label.Length;
    }

    // The longest bracketed aside read past, its opening bracket included (the closing one is already trimmed off).
    private const int MaxAside = 32;

    // A bracketed abbreviation closes a label too: "burgerservicenummer (BSN): ".
    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> window) => window.TrimEnd(" \t\"':=-#|,)");

    private static bool IsCopula(ReadOnlySpan<char> word)
    {
        foreach (var copula in Copulas)
        {
            if (word.Equals(copula, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
