using System.Text.RegularExpressions;

namespace Aligners.Inference.Generation;

/// <summary>
/// Makes the text of an aligner with a lower-casing vocabulary (uncased WordPiece) read as written:
/// words the prompt or the response spell with capitals get their spelling back ("instagram" after
/// "Instagram"), sentences and the pronoun "I" start with a capital, and the spaces WordPiece puts
/// around punctuation inside words and numbers ("can ' t", "carry - on", "6 : 30", "50 %") are removed.
/// Pure and deterministic: the same rewrite and sources give the same text.
/// </summary>
public static partial class CaseRestoration
{
    /// <summary>The rewrite <paramref name="generated"/> restored against the texts it was written from.</summary>
    public static string Apply(string generated, params string[] sources)
    {
        if (string.IsNullOrWhiteSpace(generated))
        {
            return generated;
        }
        var text = Spacing(generated);
        var spelled = Spellings(sources);
        text = Word().Replace(text, m => spelled.TryGetValue(m.Value, out var s) ? s : m.Value);
        text = Pronoun().Replace(text, m => "I" + m.Groups[1].Value);
        return SentenceStart().Replace(text, m => m.Value.ToUpperInvariant());
    }

    private static string Spacing(string text)
    {
        text = SpaceBefore().Replace(text, "$1");
        text = SpaceAfter().Replace(text, "$1");
        text = Hyphen().Replace(text, "$1-$2");
        text = Apostrophe().Replace(text, "$1'$2");
        return Clock().Replace(text, "$1:$2");
    }

    /// <summary>
    /// Lower-cased word to its spelling in the sources, for words written with a capital where a
    /// sentence does not start (a word seen only at a sentence start says nothing about its case).
    /// </summary>
    private static Dictionary<string, string> Spellings(string[] sources)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (Match m in Word().Matches(source ?? ""))
            {
                var word = m.Value;
                if (word == word.ToLowerInvariant() || (StartsSentence(source!, m.Index) && !HasInnerCapital(word)))
                {
                    continue;
                }
                result.TryAdd(word.ToLowerInvariant(), word);
            }
        }
        return result;
    }

    private static bool HasInnerCapital(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsSentence(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '\'' or '(' or '*' or '-'))
        {
            i--;
        }
        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '\n' || (char.IsDigit(text[i]) && i + 1 < text.Length && text[i + 1] == '.');
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\bi\b('(?:m|ve|ll|d)\b)?")]
    private static partial Regex Pronoun();

    // The first letter of the text, of a sentence, and of a numbered step ("2. rinse" -> "2. Rinse").
    [GeneratedRegex(@"(?:^|(?<=[.!?]\s+)|(?<=\n\s*)|(?<=^\d+\.\s+)|(?<=\s\d+\.\s+))[""'(]?\p{Ll}")]
    private static partial Regex SentenceStart();

    [GeneratedRegex(@"\s+([:;%)\]])")]
    private static partial Regex SpaceBefore();

    [GeneratedRegex(@"([(\[$£€#])\s+")]
    private static partial Regex SpaceAfter();

    [GeneratedRegex(@"(\w) - (\w)")]
    private static partial Regex Hyphen();

    [GeneratedRegex(@"(\w) ' (\w)")]
    private static partial Regex Apostrophe();

    [GeneratedRegex(@"(\d): (\d)")]
    private static partial Regex Clock();
}
