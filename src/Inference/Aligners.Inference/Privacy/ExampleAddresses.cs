namespace Aligners.Inference.Privacy;

/// <summary>
/// An address at a domain reserved for documentation (<c>example.com</c>, <c>.org</c>, <c>.net</c>, <c>example.*</c>, and the
/// top-level labels <c>example</c>, <c>test</c> and <c>invalid</c>) that its own sentence calls an example or a placeholder
/// ("user@example.com is a placeholder", "e.g. name@example.com", "replace it with your own address", "Beispieladresse",
/// "adresse d'exemple", "dirección de ejemplo", "voorbeeldadres"): it stands for the reader's address, no one's. Both must
/// hold: an address at an example domain without such a word (a signature, a header, a row of data) is one, as the sets
/// label it, and such a word beside any other domain marks nothing. Only the sentence around the address is read, within a
/// fixed window, so the cost per address is fixed.
/// </summary>
internal static class ExampleAddresses
{
    // How far either side of the address its sentence is read.
    private const int Window = 160;

    // Words by which a sentence calls an address an example or a slot for the reader's own, in the languages the rules know.
    private static readonly ContextWords ExampleWords = new(
        "placeholder", "placeholders", "e.g.", "e. g.", "for example", "for instance", "example address", "sample address", "dummy address",
        "your own address", "your own e-mail", "your own email", "replace it with", "replace this with", "replace with your",
        "platzhalter", "z. b.", "z.b.", "zum beispiel", "beispieladresse", "beispiel-adresse", "ihre eigene adresse", "deine eigene adresse",
        "espace réservé", "par exemple", "p. ex.", "adresse d'exemple", "adresse d’exemple", "adresse fictive", "votre propre adresse",
        "marcador de posición", "por ejemplo", "p. ej.", "dirección de ejemplo", "dirección ficticia", "su propia dirección", "tu propia dirección",
        "tijdelijke aanduiding", "bijvoorbeeld", "bijv.", "voorbeeldadres", "voorbeeld-adres", "uw eigen adres", "je eigen adres");

    // Abbreviations whose dot ends no sentence ("e.g. name@...", "z. B.", "p. ex.").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e", "g", "eg", "i", "ie", "z", "b", "zb", "p", "ex", "ej", "bijv", "bv", "vgl", "cf", "etc", "usw", "bzw", "vs",
    };

    /// <summary>Whether the address <paramref name="value"/> at <paramref name="start"/> is an example its own sentence calls so.</summary>
    public static bool IsExample(string text, int start, ReadOnlySpan<char> value)
    {
        var domain = value[(value.IndexOf('@') + 1)..];
        if (!IsReservedDomain(domain))
        {
            return false;
        }
        var from = SentenceStart(text, start);
        var to = SentenceEnd(text, start + value.Length);
        return ExampleWords.Contains(text.AsSpan(from, to - from));
    }

    /// <summary>A domain kept for documentation: example.com/.org/.net or example.* at its top, or under .example, .test or .invalid.</summary>
    internal static bool IsReservedDomain(ReadOnlySpan<char> domain)
    {
        var lastDot = domain.LastIndexOf('.');
        if (lastDot < 0)
        {
            return false;
        }
        var top = domain[(lastDot + 1)..];
        if (top.Equals("example", StringComparison.OrdinalIgnoreCase) || top.Equals("test", StringComparison.OrdinalIgnoreCase)
            || top.Equals("invalid", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var secondDot = domain[..lastDot].LastIndexOf('.');
        return domain[(secondDot + 1)..lastDot].Equals("example", StringComparison.OrdinalIgnoreCase);
    }

    private static int SentenceStart(string text, int start)
    {
        var limit = Math.Max(0, start - Window);
        for (var k = start - 1; k >= limit; k--)
        {
            if (text[k] == '\n' || (k + 1 < start && EndsSentence(text, k)))
            {
                return k + 1;
            }
        }
        return limit;
    }

    private static int SentenceEnd(string text, int end)
    {
        var limit = Math.Min(text.Length, end + Window);
        for (var k = end; k < limit; k++)
        {
            if (text[k] == '\n' || EndsSentence(text, k))
            {
                return k + 1;
            }
        }
        return limit;
    }

    /// <summary>A '.', '!' or '?' with white space after it, the dot not closing an abbreviation.</summary>
    private static bool EndsSentence(string text, int k)
    {
        if (text[k] is not ('.' or '!' or '?') || k + 1 >= text.Length || !char.IsWhiteSpace(text[k + 1]))
        {
            return false;
        }
        if (text[k] != '.')
        {
            return true;
        }
        var w = k;
        while (w > 0 && w > k - 8 && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }
        return !Abbreviations.Contains(text.AsSpan(w, k - w).ToString().Replace(".", ""));
    }
}
