namespace Aligners.Inference.Privacy;

/// <summary>
/// A word naming a secret that a negation denies: "not a secret", "no secret", "kein Geheimnis", "pas
/// un secret", "no es secreto", "geen geheim". Such a word says the value after it is not one, so it
/// names nothing. Reads at most three words before the word, on its line.
/// </summary>
internal static class Negation
{
    private const int MaxWords = 3;

    private static readonly HashSet<string> Negators = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "no", "isn't", "never", "non", "kein", "keine", "keinen", "keiner", "nicht", "pas", "jamais", "ni", "nunca", "geen", "niet", "nooit",
    };

    // Words a negation may stand apart from the secret's word by: articles and copulas.
    private static readonly HashSet<string> Between = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "is", "ein", "eine", "einen", "ist", "un", "une", "le", "la", "de", "d", "est", "el", "es", "een", "het", "really", "actually",
    };

    /// <summary>The word starting at <paramref name="wordStart"/> is denied by a negation before it.</summary>
    public static bool Denies(string text, int wordStart)
    {
        var j = wordStart;
        for (var n = 0; n < MaxWords; n++)
        {
            while (j > 0 && text[j - 1] is ' ' or '\t' or '(' or '\u00a0')
            {
                j--;
            }
            var end = j;
            while (j > 0 && end - j < 12 && (char.IsLetter(text[j - 1]) || text[j - 1] is '\'' or '’'))
            {
                j--;
            }
            if (end == j)
            {
                return false;
            }
            var word = text.AsSpan(j, end - j).ToString().Replace('’', '\'');
            if (Negators.Contains(word))
            {
                return true;
            }
            if (!Between.Contains(word))
            {
                return false;
            }
        }
        return false;
    }
}
