using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>A number written in an answer, where it stands and how it was written.</summary>
internal readonly record struct WrittenNumber(double Value, int Start, string Text)
{
    /// <summary>Inside the checker's range (<see cref="ClaimText.InRange"/>), so it can be judged.</summary>
    public bool InRange => ClaimText.InRange(Value);
}

/// <summary>Text matching shared by the claim checks: accent- and case-insensitive phrase search, numbers, proper names.</summary>
internal static partial class ClaimText
{
    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["a dozen"] = 12,
    };

    /// <summary>Sentence openers and function words that are capitalised without being names.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "it's", "its", "that", "that's", "this", "the", "yes", "no", "sure", "well", "i", "i'm", "a", "an", "in", "on",
        "of", "and", "or", "but", "so", "capital", "city", "there", "they", "he", "she", "we", "you", "his", "her", "their",
        "most", "many", "some", "actually", "definitely", "certainly", "of course", "since", "as", "at", "by", "for", "from",
        "what", "which", "who", "when", "where", "why", "how", "note", "today", "answer", "quick", "federal", "government",
        // Interjections that open a casual answer ("Yep, ...").
        "yep", "yeah", "yup", "nope", "nah", "hey", "hi", "hello", "wow", "ok", "okay", "oh", "ah", "sorry", "thanks", "correct",
        "right", "wrong", "exactly", "indeed", "absolutely", "haha", "lol", "hmm", "um", "uh", "alright", "true", "false", "great",
        // Words that open a sentence of advice or a deflection ("Please consult an atlas").
        "please", "also", "here", "here's", "just", "try", "check", "see", "maybe", "perhaps", "unfortunately", "however", "anyway",
        // Possessives and pronouns that open an apology or a reply ("My apologies, ...").
        "my", "our", "your", "me", "them", "him", "these", "those",
        // Words that praise a question or open a verdict ("Good quiz question, ...").
        "good", "fun", "tricky", "interesting", "classic", "common", "popular", "easy", "simple", "cool", "awesome", "excellent",
        "brilliant", "lovely", "perfect", "honestly", "basically", "tough", "fair",
    };

    /// <summary>
    /// The last texts folded on this thread: the readers ask for the same answer and prompt many
    /// times in one check, and folding a 300-word answer costs more than the search in it.
    /// </summary>
    [ThreadStatic]
    private static FoldMemo? memo;

    /// <summary>Lower case without diacritics, so "Brasília" matches "brasilia".</summary>
    public static string Fold(string text)
    {
        if (AsciiFolded(text, out var ascii))
        {
            return ascii;
        }
        memo ??= new FoldMemo();
        if (memo.Find(text) is { } known)
        {
            return known;
        }
        var folded = FoldWhole(text);
        memo.Keep(text, folded);
        return folded;
    }

    /// <summary>
    /// Plain ASCII folds to its lower case alone (no character of it decomposes): a phrase already
    /// in lower case is its own fold, with nothing allocated.
    /// </summary>
    private static bool AsciiFolded(string text, out string folded)
    {
        var upper = false;
        foreach (var c in text)
        {
            if (c >= 128)
            {
                folded = text;
                return false;
            }
            upper |= c is >= 'A' and <= 'Z';
        }
        folded = upper ? text.ToLowerInvariant() : text;
        return true;
    }

    private static string FoldWhole(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c == '’' ? '\'' : c));
            }
        }
        return sb.ToString();
    }

    /// <summary>Where <paramref name="phrase"/> stands in <paramref name="text"/> as whole words (folded), or -1.</summary>
    public static int Find(string text, string phrase)
    {
        var folded = Fold(text);
        var p = Fold(phrase);
        for (var i = folded.IndexOf(p, StringComparison.Ordinal); i >= 0; i = folded.IndexOf(p, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 || !char.IsLetterOrDigit(folded[i - 1]);
            var end = i + p.Length;
            var after = end >= folded.Length || !char.IsLetterOrDigit(folded[end]);
            if (before && after)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="phrase"/> as whole words (folded).</summary>
    public static bool Has(string text, string phrase) => Find(text, phrase) >= 0;

    /// <summary>Whether <paramref name="text"/> holds any of the phrases.</summary>
    public static bool HasAny(string text, IEnumerable<string> phrases) => phrases.Any(p => Has(text, p));

    /// <summary>
    /// Whether a number, parsed or computed, is one the checker can hold: finite and at most
    /// <see cref="FactChecker.MaxMagnitude"/> either way. A 400-digit number parses to infinity, an
    /// infinite result agrees with any claim, and infinity minus itself is NaN.
    /// </summary>
    public static bool InRange(double value) => double.IsFinite(value) && Math.Abs(value) <= FactChecker.MaxMagnitude;

    /// <summary>
    /// The numbers of <paramref name="text"/> in order: digits (with thousands commas) and small
    /// number words. Out-of-range numbers are kept (see <see cref="WrittenNumber.InRange"/>): an
    /// answer whose result is one must not be judged on the number before it.
    /// </summary>
    public static List<WrittenNumber> Numbers(string text)
    {
        var found = new List<WrittenNumber>();
        foreach (var m in MatchesWithin(NumberPattern(), text))
        {
            var raw = m.Value;
            if (double.TryParse(raw.Replace(",", "", StringComparison.Ordinal).Replace('−', '-').Replace('–', '-'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                found.Add(new WrittenNumber(v, m.Index, raw));
            }
        }
        foreach (Match m in WordNumberPattern().Matches(text))
        {
            found.Add(new WrittenNumber(NumberWords[m.Value], m.Index, m.Value));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Whether two values agree, allowing for an answer rounded to a whole number or to about 1%.</summary>
    public static bool Agrees(double claimed, double expected, bool writtenWhole) =>
        Math.Abs(claimed - expected) <= Math.Max(Math.Abs(expected) * 0.011, writtenWhole ? 0.5 : 0.051);

    /// <summary>
    /// <paramref name="value"/> written as <paramref name="written"/> writes its number: with two
    /// decimals where it has two ("£85.50" is corrected to "75.50", not "75.5"), else as <see cref="Format"/>.
    /// </summary>
    public static string FormatLike(double value, string written)
    {
        var dot = written.LastIndexOf('.');
        var cents = dot >= 0 && written.Length - dot - 1 == 2 && char.IsDigit(written[^1]) && char.IsDigit(written[^2]);
        return cents ? Math.Round(value, 2).ToString(written.Contains(',') ? "#,0.00" : "0.00", CultureInfo.InvariantCulture) : Format(value);
    }

    /// <summary>A number as an answer would write it: one decimal from 10 up, two below, no trailing zeros.</summary>
    public static string Format(double value) => Math.Abs(value) >= 10
        ? Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture)
        : Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// The matches of a pattern that the non-backtracking engine cannot run (it has lookarounds),
    /// or none where it ran past its timeout: a claim that cannot be read in time is no claim, and
    /// must not fail the request.
    /// </summary>
    public static IReadOnlyList<Match> MatchesWithin(Regex pattern, string text)
    {
        try
        {
            // A MatchCollection finds its matches as it is read: read them all inside the try.
            return pattern.Matches(text).ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    /// <summary>
    /// Runs of capitalised words that read as names ("Rio de Janeiro", "Charlotte Brontë"), skipping
    /// capitalised function words and the names in <paramref name="known"/>.
    /// </summary>
    public static IEnumerable<(string Name, int Start)> ProperNames(string text, IEnumerable<string> known)
    {
        var skip = known.Select(Fold).ToHashSet();
        foreach (Match m in NamePattern().Matches(text))
        {
            // "Q7:" numbers a quiz item; its letter is no name.
            if (ItemLabels.IsLabel(text, m.Index, m.Length))
            {
                continue;
            }
            // A name never runs on past its sentence: "Toronto. It's ..." names Toronto only.
            var value = m.Value;
            for (var i = 0; i + 1 < value.Length; i++)
            {
                if (value[i] == '.' && char.IsWhiteSpace(value[i + 1]) && !Segments.Abbreviation(text, m.Index + i))
                {
                    value = value[..(i + 1)];
                    break;
                }
            }
            var name = value.EndsWith("'s", StringComparison.Ordinal) || value.EndsWith("’s", StringComparison.Ordinal) ? value[..^2] : value;
            // A full stop ends the sentence, unless the name is an abbreviation ("Washington D.C.").
            if (name.EndsWith('.') && name.IndexOf('.') == name.Length - 1)
            {
                name = name[..^1];
            }
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Drop leading function words ("The Hague" stays a name only where the table knows it).
            var start = 0;
            while (start < words.Length && NotNames.Contains(words[start]))
            {
                start++;
            }
            if (start == words.Length)
            {
                continue;
            }
            var candidate = string.Join(' ', words[start..]);
            var folded = Fold(candidate);
            if (skip.Contains(folded) || skip.Any(k => folded.Contains(k, StringComparison.Ordinal)))
            {
                continue;
            }
            yield return (candidate, m.Index + name.IndexOf(words[start], StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// A surname's span widened to the given names and initials written before it ("Thomas Alva
    /// Edison", "J. J. Thomson"); capitalised function words ("By Edison") are not names.
    /// </summary>
    public static (int Start, int Length) WithGivenNames(string text, int start, int length)
    {
        var from = start;
        while (true)
        {
            var end = from - 1;
            if (end < 1 || text[end] != ' ')
            {
                break;
            }
            var wordStart = end;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '.' or '-' or '\'' or '’'))
            {
                wordStart--;
            }
            var word = text[wordStart..end];
            if (word.Length == 0 || !char.IsUpper(word[0]) || NotNames.Contains(word.TrimEnd('.')))
            {
                break;
            }
            from = wordStart;
        }
        return (from, start + length - from);
    }

    /// <summary>
    /// How long a pattern with lookarounds may run on one text before it counts as finding nothing.
    /// The one such pattern here reads each number once, so on the examined length
    /// (<see cref="FactChecker.MaxExaminedLength"/>) this is reached only if the machine stalls.
    /// </summary>
    public const int LookaroundTimeoutMilliseconds = 1000;

    // The lookarounds decide where a number may start and end ("1.5x" reads as 1, "a23" as none);
    // the non-backtracking engine has none, so this pattern runs on the backtracking one, bounded by
    // its timeout. Each start is refused by the lookbehind at once or reads the one number that
    // starts there, so its cost grows with the length, not faster.
    // A minus is written as a hyphen, the minus sign or an en dash ("−40 °C", "–12"): joined to the
    // digits and to nothing before it, each is the number's sign, so "−237" is not read as 237.
    [GeneratedRegex(@"(?<![\w.])[-−–]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)|(?<![\w.,])[-−–]?\d+(?:\.\d+)?(?![\w])", RegexOptions.CultureInvariant, LookaroundTimeoutMilliseconds)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex WordNumberPattern();

    [GeneratedRegex(@"\p{Lu}[\p{L}'’\-\.]*(?:\s+(?:(?:de|da|del|do|dos|la|le|van|von|of|al|el)\s+)?\p{Lu}[\p{L}'’\-\.]*)*", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NamePattern();
}
