namespace Aligners.Inference.Privacy;

/// <summary>
/// A signature's number after the writer's name and a dash, on one line (<c>Cordialement, Léa Marchand – 0612345678</c>,
/// <c>Jan de Vries - 0612345678</c>): the name says whose number it is, as a phone word would. Counts where the
/// number ends its line and two to four capitalised words (name particles such as "de", "van" allowed) stand
/// right before the dash, after the line's start or a closing's comma; another number's word among them
/// ("Rechnung Nord – ...") names something else.
/// </summary>
internal static class SignatureNames
{
    private const int Reach = 64;

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "da", "di", "van", "von", "der", "den", "le", "la", "du", "del", "y", "ten", "ter", "zu" };

    /// <summary>The number from <paramref name="start"/> to <paramref name="end"/> ends its line and follows a name and a dash.</summary>
    public static bool NameAndDash(string text, int start, int end, ContextWords notNames)
    {
        var after = end;
        while (after < text.Length && text[after] is ' ' or '\t' or '\r')
        {
            after++;
        }
        if (after < text.Length && text[after] != '\n')
        {
            return false;
        }
        var k = start;
        while (k > 0 && text[k - 1] is ' ' or '\t')
        {
            k--;
        }
        if (k == 0 || text[k - 1] is not ('–' or '—' or '-' or '|'))
        {
            return false;
        }
        var nameEnd = k - 1;
        var from = nameEnd;
        while (from > 0 && nameEnd - from < Reach && text[from - 1] is not ('\n' or ',' or ':' or ';'))
        {
            from--;
        }
        var name = text.AsSpan(from, nameEnd - from);
        if (notNames.Contains(name))
        {
            return false;
        }
        var capitalised = 0;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.IsEmpty)
            {
                continue;
            }
            if (IsCapitalised(word))
            {
                capitalised++;
            }
            else if (!Particles.Contains(word.ToString()))
            {
                return false;
            }
        }
        return capitalised is >= 2 and <= 4;
    }

    /// <summary>An upper-case letter, then lower-case letters, hyphens and apostrophes, a capital after a hyphen (Lefèvre, Marie-Anne, O'Neil).</summary>
    private static bool IsCapitalised(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }
        for (var i = 1; i < word.Length; i++)
        {
            // A double name's second part is capitalised too (Marie-Anne).
            var c = word[i];
            if (!(char.IsLower(c) || c is '-' or '\'' or '’' || (char.IsUpper(c) && word[i - 1] == '-')))
            {
                return false;
            }
        }
        return true;
    }
}
