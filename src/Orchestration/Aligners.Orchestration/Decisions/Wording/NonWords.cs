namespace Aligners.Orchestration.Decisions.Wording;

/// <summary>
/// The words of a composed rewrite that are no words: "addst", "halfn", "can'ty". A decoder that
/// loses its place joins pieces of words it knows into ones nobody writes, and the inspectors,
/// which read meaning, not spelling, can pass such a text. Read against <see cref="EnglishWords"/>,
/// and only where a reader would call the word English prose: words with a capital (names,
/// acronyms, a sentence's first word), a digit, non-English letters, fewer than three letters,
/// in code spans, or in tokens that are addresses, paths or identifiers are left alone, and so is
/// every word the prompt or the replaced text has (its misspellings and terms are the user's). A
/// prompt about another language, or one not in English, leaves the check out: its answer's words
/// are not English. Pure.
/// </summary>
public static class NonWords
{
    private const int MinLetters = 3;

    // A prompt with fewer listed words than this share is not written in English.
    private const double EnglishPromptShare = 0.5;
    private const int MinPromptWordsToJudge = 4;

    private static readonly string[] Languages = ["translat", "spanish", "french", "german", "italian", "portuguese", "dutch", "japanese", "chinese",
        "mandarin", "cantonese", "korean", "russian", "arabic", "hindi", "latin", "greek", "swedish", "norwegian", "danish", "finnish", "polish",
        "turkish", "hebrew", "vietnamese", "thai", "indonesian", "swahili", "esperanto", "language"];

    /// <summary>
    /// The words of <paramref name="text"/> that are no English words and that neither
    /// <paramref name="prompt"/> nor <paramref name="previous"/> has, in order, each once.
    /// </summary>
    public static IReadOnlyList<string> Find(string text, string prompt, string? previous)
    {
        if (AboutAnotherLanguage(prompt))
        {
            return [];
        }
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(prompt + "\n" + previous, lowerCaseOnly: false))
        {
            known.Add(word.ToLowerInvariant());
        }
        // An identifier the text's own code defines ("nums") may be named in its prose.
        foreach (var identifier in CodeWords(text))
        {
            known.Add(identifier);
        }
        var found = new List<string>();
        foreach (var word in Words(text, lowerCaseOnly: true))
        {
            if (!known.Contains(word) && !EnglishWords.IsWord(word) && !found.Contains(word))
            {
                found.Add(word);
            }
        }
        return found;
    }

    /// <summary>A prompt that names a language or asks for a translation, or is not written in English.</summary>
    internal static bool AboutAnotherLanguage(string prompt)
    {
        var lower = prompt.ToLowerInvariant();
        if (Languages.Any(l => lower.Contains(l, StringComparison.Ordinal)))
        {
            return true;
        }
        // Every word of letters counts here, accented ones too: "mañana" is a word, not an English one.
        var words = Words(lower, lowerCaseOnly: false).Where(w => w.Length >= MinLetters && w.All(c => char.IsLetter(c) || c == '\'')).ToList();
        return words.Count >= MinPromptWordsToJudge && words.Count(w => Prose(w) && EnglishWords.IsWord(w)) < EnglishPromptShare * words.Count;
    }

    /// <summary>
    /// The prose words of <paramref name="text"/>: its whitespace-separated tokens outside code spans,
    /// less those that are code, addresses or numbers, split at hyphens and slashes, trimmed of
    /// punctuation; with <paramref name="lowerCaseOnly"/>, only the words of lower-case letters a to z
    /// (and an apostrophe) of at least three letters.
    /// </summary>
    internal static IEnumerable<string> Words(string text, bool lowerCaseOnly)
    {
        var inCode = false;
        foreach (var raw in text.Replace('\u2019', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            // A code span is `...` or a ``` block: its tokens are identifiers, not prose.
            var ticks = raw.Count(c => c == '`');
            var wasInCode = inCode;
            if (ticks % 2 == 1)
            {
                inCode = !inCode;
            }
            if (wasInCode || ticks > 0 || Technical(raw) || Named(raw))
            {
                continue;
            }
            var parts = raw.Split('-', '–', '—');
            // A hyphenated compound names what its parts may not ("criss-cross", "add-ons"): one
            // English part is enough.
            if (lowerCaseOnly && parts.Length > 1 && parts.Any(p => p.Length >= MinLetters && EnglishWords.IsWord(Trimmed(p))))
            {
                continue;
            }
            foreach (var part in parts)
            {
                var word = Trimmed(part);
                if (word.Length == 0)
                {
                    continue;
                }
                if (!lowerCaseOnly)
                {
                    yield return word;
                }
                else if (word.Length >= MinLetters && Prose(word))
                {
                    yield return word;
                }
            }
        }
    }

    /// <summary>The lower-cased letter runs inside the code spans of <paramref name="text"/>.</summary>
    private static IEnumerable<string> CodeWords(string text)
    {
        var spans = text.Split('`');
        // Between an odd and an even backtick is code: `a` and ```a``` alike.
        for (var i = 1; i < spans.Length; i += 2)
        {
            var start = -1;
            for (var j = 0; j <= spans[i].Length; j++)
            {
                var letter = j < spans[i].Length && char.IsLetter(spans[i][j]);
                if (letter && start < 0)
                {
                    start = j;
                }
                else if (!letter && start >= 0)
                {
                    yield return spans[i][start..j].ToLowerInvariant();
                    start = -1;
                }
            }
        }
    }

    internal static string Trimmed(string part) => part.Trim('.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']', '{', '}', '*', '…', '«', '»', '“', '”', '¿', '¡');

    /// <summary>
    /// A word set in quotes or emphasis ("the Latin *kalium*", 'the word "spork"'): named, not
    /// used, and so as likely foreign or rare as the text needs.
    /// </summary>
    internal static bool Named(string token)
    {
        var core = token.TrimEnd('.', ',', ';', ':', '!', '?', ')');
        return core.Length > 2 && (core[0] is '*' or '"' or '“' or '\'' or '«') && (core[^1] is '*' or '"' or '”' or '\'' or '»');
    }

    /// <summary>
    /// A token that is code, an address or a quantity: a URL, an e-mail address, a path, a file
    /// name, an identifier, a number with its unit ("5kg", "v2"), an option ("--force").
    /// </summary>
    internal static bool Technical(string token)
    {
        var core = token.TrimEnd('.', ',', ';', ':', '!', '?', ')', '"', '\'');
        return core.Contains("://", StringComparison.Ordinal) || core.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || core.StartsWith("--", StringComparison.Ordinal) || core.StartsWith('$') || core.StartsWith('#')
            || core.Any(c => char.IsDigit(c) || c is '@' || c is '/' || c is '\\' || c is '_' || c is '=' || c is '<' || c is '>' || c is '|' || c is '~' || c is '&' || c is '+')
            || core.IndexOf('.') is > 0 and var dot && dot < core.Length - 1;
    }

    /// <summary>Lower-case letters a to z, with at most one inner apostrophe ("can't", "there'll").</summary>
    private static bool Prose(string word)
    {
        var apostrophes = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '\'' && i > 0 && i < word.Length - 1)
            {
                apostrophes++;
            }
            else if (c is < 'a' or > 'z')
            {
                return false;
            }
        }
        return apostrophes <= 1;
    }
}
