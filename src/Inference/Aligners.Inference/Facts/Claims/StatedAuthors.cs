using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// A work's author as an answer states it, whatever the prompt asked: the title (Markdown emphasis
/// and quotes around it allowed) followed by its author, "Hamlet by ...", "Hamlet was written by
/// ...", "**Hamlet** is a tragedy written by ...", "Hamlet, a play by ...", or with the author's
/// possessive, "Shakespeare's Hamlet", "*Hamlet*, Shakespeare's tragedy". The named person is
/// confirmed when the surname is the author's and contradicted, whole name and all, when it is not.
/// </summary>
internal static partial class StatedAuthors
{
    /// <summary>The most characters read after a title for its author.</summary>
    private const int Reach = 120;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    public static IEnumerable<FactFinding> Check(ClaimContext context, FactTables tables)
    {
        var text = context.Answer.Text;
        var source = tables.Sources["works"];
        var judged = new HashSet<int>();
        var findings = new List<FactFinding>();
        // Longer titles first, so "On the Origin of Species" is read before "The Origin of Species" inside it.
        foreach (var work in tables.Works.OrderByDescending(w => w.Title.Length))
        {
            for (var at = text.IndexOf(work.Title, StringComparison.Ordinal); at >= 0; at = text.IndexOf(work.Title, at + 1, StringComparison.Ordinal))
            {
                var end = at + work.Title.Length;
                if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])))
                {
                    continue;
                }
                if (Stated(text, at, end) is not var (start, name))
                {
                    continue;
                }
                if (!judged.Add(start))
                {
                    continue;
                }
                var subject = $"the author of {work.Title}";
                if (IsAuthor(name, work))
                {
                    findings.Add(new FactFinding("author", FactVerdicts.Confirmed, subject, work.Author, work.Author, source));
                }
                else if (context.Segments.FirstOrDefault(s => s.Start <= start && start < s.End) is var segment
                    && !context.Negated(ConsequenceClauses.UpToConsequence(context.Answer.Folded, segment, start + name.Length)))
                {
                    findings.Add(new FactFinding("author", FactVerdicts.Contradicted, subject, name, work.Author, source, start));
                }
            }
        }
        return findings;
    }

    /// <summary>
    /// The author an answer states for the title at <paramref name="at"/>..<paramref name="end"/>,
    /// and where the name starts: "Hamlet by ...", "Hamlet, a play by ...", or a possessive, "Orwell's
    /// Animal Farm" or "*Animal Farm*, Orwell's satire". A title of digits alone ("1984") is a year as
    /// often, so a possessive counts for it only where emphasis or quotes mark it as a title.
    /// </summary>
    private static (int Start, string Name)? Stated(string text, int at, int end)
    {
        var rest = text.Substring(end, Math.Min(Reach, text.Length - end));
        if (ByAuthor().Match(rest) is { Success: true } by && Name(by.Groups["name"].Value) is { } byName)
        {
            return (end + by.Groups["name"].Index, byName);
        }
        // A list of works, one a line: "- *Emma* – Jane Austen (1815)".
        if (ListItem(text, at) && DashAuthor().Match(rest) is { Success: true } dash && Name(dash.Groups["name"].Value) is { } dashName)
        {
            return (end + dash.Groups["name"].Index, dashName);
        }
        var marked = (at > 0 && "*_\"“‘'".Contains(text[at - 1], StringComparison.Ordinal)) || (end < text.Length && "*_\"”’'".Contains(text[end], StringComparison.Ordinal));
        if (text.AsSpan(at, end - at).ContainsAnyExcept("0123456789") || marked)
        {
            if (PossessiveAfter().Match(rest) is { Success: true } after)
            {
                return (end + after.Groups["name"].Index, after.Groups["name"].Value);
            }
            var from = Math.Max(0, at - Reach);
            if (PossessiveBefore().Match(text.Substring(from, at - from)) is { Success: true } before
                && from + before.Groups["name"].Index is var start && !AfterArticle(text, start))
            {
                return (start, before.Groups["name"].Value);
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the name is the work's author: the surname, and no other first name ("Percy Shelley"
    /// is not "Mary Shelley"); initials and middle names are not compared ("J. R. R. Tolkien", "Mary Wollstonecraft Shelley").
    /// </summary>
    private static bool IsAuthor(string name, WorkFact work)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var surname = work.Surname.Split(' ');
        // The surname's words in a row ("García Márquez"), or its last word alone ("Márquez").
        var at = Enumerable.Range(0, words.Length).FirstOrDefault(i => i + surname.Length <= words.Length
            && surname.Select((w, k) => string.Equals(words[i + k].TrimEnd('.'), w, StringComparison.OrdinalIgnoreCase)).All(b => b), -1);
        if (at < 0 && !words.Any(w => string.Equals(w.TrimEnd('.'), surname[^1], StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        var first = words[0];
        var authorFirst = work.Author.Split(' ')[0];
        return at == 0 || string.Equals(first, surname[0], StringComparison.OrdinalIgnoreCase) || first.EndsWith('.') || authorFirst.EndsWith('.')
            || string.Equals(first, authorFirst, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The person's name: capitalised words up to the first that ends a sentence ("Shakespeare."),
    /// keeping initials, spaced or not ("J. R. R. Tolkien", "J.R.R. Tolkien"); null where it begins with an article, which names no person.
    /// </summary>
    internal static string? Name(string written)
    {
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>();
        foreach (var w in words)
        {
            // Initials written together ("J.R.R.", "H.G.") end in a stop that ends no sentence.
            if (w.EndsWith('.') && w.Length > 2 && !JoinedInitials(w))
            {
                kept.Add(w[..^1]);
                break;
            }
            kept.Add(w);
        }
        if (kept.Count == 0 || kept[0] is "The" or "A" or "An" or "This" or "That" or "Its" or "His" or "Her")
        {
            return null;
        }
        var name = string.Join(' ', kept).TrimEnd('’', '\'');
        return name.EndsWith("’s", StringComparison.Ordinal) || name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2] : name;
    }

    /// <summary>Whether a word is initials written without spaces: a capital and a stop, two or more times ("J.R.R.").</summary>
    private static bool JoinedInitials(string word)
    {
        if (word.Length < 4 || word.Length % 2 != 0)
        {
            return false;
        }
        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsUpper(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }
        return true;
    }

    // After the title: "by X", "was written by X", "is a tragedy written by X", ", a novel by X".
    [GeneratedRegex(@"^[*_""”’'»]*\s*,?\s*(?:(?:(?:is|was)\s+)?(?:a|an|the)\s+(?:[\p{L}\-']+\s+){0,3}(?:play|novel|tragedy|comedy|book|poem|novella|work|story|epic|satire|drama|romance|classic|masterpiece|treatise|tale|fable|history)\s+(?:(?:written|penned|authored)\s+)?by|(?:(?:is|was)\s+)?(?:(?:written|penned|authored)\s+)?by)\s+(?<name>(?:(?:\p{Lu}\.){2,4}|\p{Lu}[\p{L}'’\-]*\.?)(?: (?:(?:\p{Lu}\.){2,4}|\p{Lu}[\p{L}'’\-]*\.?)){0,3})", Options)]
    private static partial Regex ByAuthor();

    // After the title: ", Orwell's dystopian novel", ", Jane Austen's best-known novel". Lower-case
    // words only between the possessive and the kind of work, so a name is not read across clauses.
    [GeneratedRegex(@"^[*_""”’'»]*\s*,\s*(?<name>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2})['’]s\s+(?:[\p{Ll}\-]+\s+){0,3}(?:play|novel|tragedy|comedy|book|poem|novella|story|epic|satire|drama|romance|classic|masterpiece|treatise|tale|fable)\b", Options)]
    private static partial Regex PossessiveAfter();

    // Before the title: "George Orwell's Animal Farm", "Austen's classic novel *Emma*".
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2})['’]s\s+(?:[\p{Ll}\-]+\s+){0,3}[*_""“‘']*$", Options)]
    private static partial Regex PossessiveBefore();

    /// <summary>Whether the title at <paramref name="at"/> opens a list item: a bullet or a number, then at most emphasis or quotes.</summary>
    private static bool ListItem(string text, int at)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var lead = text.AsSpan(lineStart, at - lineStart).Trim().TrimEnd("*_\"“‘'").TrimEnd();
        return lead.Length > 0 && (lead is "-" or "*" or "•" or "–" || (lead[^1] is '.' or ')' && lead.Length > 1 && char.IsDigit(lead[0])));
    }

    // After a title that opens a list item: " – Jane Austen", " - George Orwell".
    [GeneratedRegex(@"^[*_""”’'»]*\s+[–—-]\s+(?<name>(?:(?:\p{Lu}\.){2,4}|\p{Lu}[\p{L}'’\-]*\.?)(?: (?:(?:\p{Lu}\.){2,4}|\p{Lu}[\p{L}'’\-]*\.?)){0,3})", Options)]
    private static partial Regex DashAuthor();

    /// <summary>
    /// Whether the name at <paramref name="start"/> is inside a word or follows an article ("the
    /// Party's"), which makes the possessive a thing's.
    /// </summary>
    private static bool AfterArticle(string text, int start)
    {
        if (start > 0 && char.IsLetter(text[start - 1]))
        {
            return true;
        }
        var before = text.AsSpan(0, start).TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        return word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase)
            || word.Equals("an", StringComparison.OrdinalIgnoreCase);
    }
}
