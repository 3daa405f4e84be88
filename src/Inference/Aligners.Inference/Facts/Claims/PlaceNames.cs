namespace Aligners.Inference.Facts;

/// <summary>
/// A place's name read from an answer's text where a claim's shape says one stands, whether or not
/// the tables know it ("Mount Aso", "Rio de Janeiro", "Mt. Fuji"): capitalised words, with the
/// small words names join by ("de", "del", "as"), ending at the first word in lower case or the
/// first punctuation. Markdown emphasis around the name is skipped.
/// </summary>
internal static class PlaceNames
{
    /// <summary>Small words inside names: "Rio de Janeiro", "Pico da Neblina", "Qurnat as Sawda'".</summary>
    private static readonly HashSet<string> Joiners = ["de", "da", "del", "do", "dos", "la", "le", "van", "von", "of", "al", "el", "es", "ad", "as", "an"];

    /// <summary>Capitalised words that open a sentence or point back rather than name a place.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
        { "The", "It", "Its", "It's", "This", "That", "There", "Here", "Yes", "No", "Not", "A", "An", "Which", "What", "Your", "My", "Our", "Their", "Capital", "City" };

    /// <summary>Abbreviations a name goes on after ("Mt. Fuji", "St. Lucia").</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase) { "Mt", "St", "Ste", "Ft", "Pt" };

    /// <summary>Words that only say the name is a mountain, compared without them ("Mount Fuji" is "Fuji").</summary>
    private static readonly HashSet<string> Generic = ["mount", "mt", "mountain"];

    /// <summary>The name that starts at <paramref name="from"/> (after spaces and emphasis), up to <paramref name="end"/>, or null.</summary>
    public static (string Name, int Start)? Forward(string text, int from, int end)
    {
        var i = from;
        while (i < end && text[i] is ' ' or '*' or '_' or '\t')
        {
            i++;
        }
        var start = i;
        var last = i;
        while (i < end)
        {
            var wordEnd = i;
            while (wordEnd < end && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] is '\'' or '’' or '-' or '.'))
            {
                wordEnd++;
            }
            if (wordEnd == i)
            {
                break;
            }
            var word = text[i..wordEnd].TrimEnd('.');
            if (word.Length > 0 && char.IsUpper(word[0]))
            {
                last = i + word.Length;
            }
            else if (!Joiners.Contains(word) || last == start)
            {
                break;
            }
            // A stop after a word that is no abbreviation ("Fuji.", not "Mt.") ends the sentence, and the name.
            if (wordEnd >= end || text[wordEnd] != ' ' || (text[wordEnd - 1] == '.' && !Abbreviations.Contains(word)))
            {
                break;
            }
            i = wordEnd + 1;
        }
        return Named(text, start, last);
    }

    /// <summary>The name that ends right before <paramref name="to"/> (before spaces and emphasis), from <paramref name="start"/> on, or null.</summary>
    public static (string Name, int Start)? Backward(string text, int start, int to)
    {
        var i = to;
        while (i > start && text[i - 1] is ' ' or '*' or '_' or '\t')
        {
            i--;
        }
        var last = i;
        var first = i;
        while (i > start)
        {
            var wordStart = i;
            while (wordStart > start && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '\'' or '’' or '-' or '.'))
            {
                wordStart--;
            }
            if (wordStart == i)
            {
                break;
            }
            var word = text[wordStart..i];
            if (char.IsUpper(word[0]))
            {
                first = wordStart;
            }
            else if (!Joiners.Contains(word))
            {
                break;
            }
            if (wordStart <= start || text[wordStart - 1] != ' ')
            {
                break;
            }
            i = wordStart - 1;
        }
        return Named(text, first, last);
    }

    /// <summary>
    /// Whether a written name is one of <paramref name="answers"/>: the same words once the word
    /// "Mount" is left out, or all the words of one inside the other ("Orizaba", "Pico de Orizaba").
    /// </summary>
    public static bool IsOneOf(string name, IEnumerable<string> answers)
    {
        var words = Words(name);
        if (words.Count == 0)
        {
            return false;
        }
        foreach (var answer in answers)
        {
            var other = Words(answer);
            if (other.Count > 0 && (Inside(words, other) || Inside(other, words)))
            {
                return true;
            }
        }
        return false;
    }

    private static List<string> Words(string name) =>
        FoldedText.Fold(name).Split([' ', '-', ',', '.'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('\'')).Where(w => w.Length > 0 && !Generic.Contains(w)).ToList();

    /// <summary>Whether <paramref name="part"/> stands in <paramref name="whole"/> as consecutive words.</summary>
    private static bool Inside(List<string> part, List<string> whole)
    {
        for (var i = 0; i + part.Count <= whole.Count; i++)
        {
            if (part.Select((w, k) => w == whole[i + k]).All(b => b))
            {
                return true;
            }
        }
        return false;
    }

    private static (string Name, int Start)? Named(string text, int start, int end)
    {
        // Joining words are no name's first word.
        while (start < end)
        {
            var space = text.IndexOf(' ', start, end - start);
            if (space < 0 || !Joiners.Contains(text[start..space]))
            {
                break;
            }
            start = space + 1;
        }
        if (end <= start)
        {
            return null;
        }
        var name = text[start..end];
        return NotNames.Contains(name) || NotNames.Contains(name.Split(' ')[0]) ? null : (name, start);
    }
}
