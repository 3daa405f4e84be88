namespace Aligners.Inference.Facts;

/// <summary>
/// Capitals named right after their country, as lists, tables and answers write them ("3. Australia
/// – Sydney", "| Australia | Sydney |", "Australia: Sydney", "the capital of Australia is Sydney",
/// "Australia's capital is Sydney"), where the place named need not be a capital anywhere. Read
/// only where capitals are the topic (the word "capital" in the segment, before it, or in the prompt).
/// </summary>
internal static class ListedCapitals
{
    private static readonly string[] Cue = ["capital", "seat of government"];
    private static readonly string[] Links = ["'s capital city is", "'s capital is", "' capital is", " capital city is", " capital is", " is", "'s capital:", ":", "–", "—", "-", "|", "=", "→", "->"];
    private static readonly HashSet<string> Joiners = ["de", "da", "del", "do", "dos", "la", "le", "van", "von", "of", "al", "el", "es", "ad"];
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase) { "The", "It", "Its", "It's", "Capital", "City", "Yes", "No", "Not", "A", "An", "This", "That", "Its capital" };

    public static IEnumerable<FactFinding> Check(ClaimContext context, FactTables tables)
    {
        var countries = tables.Keys.Countries;
        var text = context.Answer.Text;
        foreach (var segment in context.Segments)
        {
            if (!context.HasCue(Cue, segment))
            {
                continue;
            }
            foreach (var country in context.In(segment, MentionKind.Country))
            {
                if (Named(text, country.End, segment.End) is not { } named)
                {
                    continue;
                }
                var fact = countries[country.Key];
                var folded = FoldedText.Fold(named.Name);
                if (tables.Folded.Capitals[fact.Code].Contains(folded) || tables.Folded.CountryNames.Contains(folded)
                    || context.Negated(segment))
                {
                    continue;
                }
                yield return new FactFinding("capital", FactVerdicts.Contradicted, $"the capital of {fact.Country}", named.Name, fact.Capital,
                    tables.Sources["capitals"], named.Start);
            }
        }
    }

    /// <summary>The capitalised name linked to the country that ends at <paramref name="from"/>, or null.</summary>
    private static (string Name, int Start)? Named(string text, int from, int end)
    {
        var i = from;
        var rest = text.AsSpan(from, end - from);
        // A list's country in emphasis ("**Chile** – Santiago", "_Chile_: Santiago") closes it before the link.
        var emphasis = rest.Length - rest.TrimStart("*_").Length;
        var linked = false;
        foreach (var link in Links)
        {
            var trimmed = rest[emphasis..].TrimStart(' ');
            var skipped = rest.Length - trimmed.Length;
            if (trimmed.StartsWith(link.TrimStart(' '), StringComparison.OrdinalIgnoreCase) && (link.StartsWith('\'') ? skipped == 0 : true))
            {
                i = from + skipped + link.TrimStart(' ').Length;
                linked = true;
                break;
            }
        }
        if (!linked)
        {
            return null;
        }
        while (i < end && text[i] is ' ' or '*' or '_' or '\t')
        {
            i++;
        }
        if (text.AsSpan(i, end - i).StartsWith("the city of ", StringComparison.OrdinalIgnoreCase))
        {
            i += "the city of ".Length;
        }
        var start = i;
        var last = i;
        while (i < end)
        {
            var wordEnd = i;
            while (wordEnd < end && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '\'' or '’' or '-' or '.'))
            {
                wordEnd++;
            }
            if (wordEnd == i)
            {
                break;
            }
            var word = text[i..wordEnd].TrimEnd('.');
            if (char.IsUpper(word[0]))
            {
                last = i + word.Length;
            }
            else if (!Joiners.Contains(word) || last == start)
            {
                break;
            }
            if (wordEnd >= end || text[wordEnd] != ' ')
            {
                break;
            }
            i = wordEnd + 1;
        }
        if (last == start)
        {
            return null;
        }
        var name = text[start..last];
        return NotNames.Contains(name) || NotNames.Contains(name.Split(' ')[0]) ? null : (name, start);
    }
}
