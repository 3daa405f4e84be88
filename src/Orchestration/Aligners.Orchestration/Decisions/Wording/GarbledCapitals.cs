namespace Aligners.Orchestration.Decisions.Wording;

/// <summary>
/// The capitalised words of a composed rewrite that are no words and no names: "Snstant anxiety
/// ...", "I'mpound interest is ...". <see cref="NonWords"/> leaves every word with a capital alone,
/// since names, brands and acronyms are not in the word list; but a decoder that loses its place at
/// the start of a sentence writes its garbled word with a capital too. A capital is read as a name
/// where a reader would read it so: inside a sentence, beside another capitalised word ("Zurich
/// Kantonalbank"), written again inside a sentence of the rewrite, or found in the prompt or the
/// text replaced. A word whose only capital is that of a sentence's start is garbled when its
/// lower case is no English word (the list has the common names, lower-cased); a word with an
/// apostrophe glued to letters that make no word and no contraction ("I'mpound") is garbled
/// wherever it stands. Acronyms, words with an inner capital ("iPhone", "GitHub"), code, addresses
/// and words in quotes are left alone, as <see cref="NonWords"/> leaves them. Pure.
/// </summary>
public static class GarbledCapitals
{
    private const int MinLetters = 3;

    // What may follow an apostrophe in English: a possessive, "n't" and the contractions.
    private static readonly HashSet<string> ContractionTails = new(StringComparer.Ordinal) { "s", "t", "ll", "re", "ve", "d", "m" };

    /// <summary>
    /// The capitalised words of <paramref name="text"/> that are no English words and no names, and
    /// that neither <paramref name="prompt"/> nor <paramref name="previous"/> has, in order, each once.
    /// </summary>
    public static IReadOnlyList<string> Find(string text, string prompt, string? previous)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(prompt);
        if (NonWords.AboutAnotherLanguage(prompt))
        {
            return [];
        }
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in NonWords.Words(prompt + "\n" + previous, lowerCaseOnly: false))
        {
            known.Add(word.ToLowerInvariant());
        }
        var tokens = Tokens(text);
        // A capitalised word the rewrite also writes inside a sentence is a name it uses.
        var inside = tokens.Where(t => !t.Starts).Select(t => t.Word).ToHashSet(StringComparer.Ordinal);
        var found = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var (word, starts) = tokens[i];
            if (found.Contains(word) || !OneLeadingCapital(word))
            {
                continue;
            }
            var lower = word.ToLowerInvariant();
            if (lower.Length < MinLetters || known.Contains(lower) || EnglishWords.IsWord(lower))
            {
                continue;
            }
            var nextIsCapital = i + 1 < tokens.Count && !tokens[i + 1].Starts && char.IsUpper(tokens[i + 1].Word[0]);
            if (GluedApostrophe(word) || (starts && !inside.Contains(word) && !nextIsCapital))
            {
                found.Add(word);
            }
        }
        return found;
    }

    /// <summary>
    /// The prose words of <paramref name="text"/>, each with whether it begins a sentence (the text's
    /// start, a line's, or after a full stop, question or exclamation mark); code spans, addresses,
    /// identifiers, quoted words and list markers are left out, and a hyphenated word with an English
    /// part is a compound, not garbling.
    /// </summary>
    internal static List<(string Word, bool Starts)> Tokens(string text)
    {
        var tokens = new List<(string, bool)>();
        var inCode = false;
        foreach (var line in text.Replace('\u2019', '\'').Split('\n'))
        {
            var starts = true;
            foreach (var raw in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var ticks = raw.Count(c => c == '`');
                var wasInCode = inCode;
                if (ticks % 2 == 1)
                {
                    inCode = !inCode;
                }
                var word = NonWords.Trimmed(raw);
                var listMarker = word.Length == 0 || raw is "-" or "•" || (word.All(char.IsDigit) && raw.Length > word.Length);
                if (listMarker)
                {
                    continue;
                }
                var skipped = wasInCode || ticks > 0 || NonWords.Technical(raw) || NonWords.Named(raw) || Compound(word);
                if (!skipped)
                {
                    tokens.Add((word, starts));
                }
                var end = raw.TrimEnd('"', '\'', ')', ']', '*', '”');
                starts = end.Length > 0 && end[^1] is '.' or '!' or '?' or ':';
            }
        }
        return tokens;
    }

    /// <summary>A capital first and lower-case letters a to z after it, with at most one inner apostrophe: the shape of a word that begins a sentence or a name.</summary>
    private static bool OneLeadingCapital(string word)
    {
        if (word.Length == 0 || word[0] is < 'A' or > 'Z')
        {
            return false;
        }
        var apostrophes = 0;
        for (var i = 1; i < word.Length; i++)
        {
            if (word[i] == '\'' && i < word.Length - 1)
            {
                apostrophes++;
            }
            else if (word[i] is < 'a' or > 'z')
            {
                return false;
            }
        }
        return apostrophes <= 1;
    }

    /// <summary>
    /// An apostrophe followed by lower-case letters that are no contraction ("I'mpound"): an
    /// Irish or Italian name puts a capital after it ("O'Brien", "D'Angelo").
    /// </summary>
    private static bool GluedApostrophe(string word)
    {
        var at = word.IndexOf('\'', StringComparison.Ordinal);
        return at > 0 && !ContractionTails.Contains(word[(at + 1)..]);
    }

    private static bool Compound(string word)
    {
        var parts = word.Split('-', '–', '—');
        return parts.Length > 1 && parts.Any(p => p.Length >= MinLetters && EnglishWords.IsWord(NonWords.Trimmed(p).ToLowerInvariant()));
    }
}
