namespace Aligners.Inference.Privacy;

/// <summary>
/// Addresses written to be filled in, not anyone's mailbox: a domain under the top-level label
/// <c>tld</c> (<c>name@domain.tld</c>, <c>max@example.tld</c>), which no registry delegates and which
/// writers use for "your top-level domain here"; and a fill-in domain (<c>yourdomain.com</c>,
/// <c>your-domain.de</c>, <c>domain.com</c>, <c>ihredomain.de</c>) beside words that ask for a value
/// or give an example ("enter", "bitte hier eintragen", "e.g.", "z. B.", "placeholder"). A real
/// domain kept for documentation (<c>jane@example.com</c>) is still an address, as the sets label it.
/// </summary>
internal static class PlaceholderAddresses
{
    // Second-level labels that stand for the reader's own domain, in the languages the rules know.
    private static readonly HashSet<string> FillInDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "domain", "yourdomain", "your-domain", "mydomain", "my-domain", "yourcompany", "your-company", "deinedomain", "deine-domain",
        "ihredomain", "ihre-domain", "meinedomain", "votredomaine", "votre-domaine", "mondomaine", "tudominio", "tu-dominio", "sudominio",
        "midominio", "jouwdomein", "uwdomein", "mijndomein",
    };

    // Words that ask for a value or give an example: a fill-in domain beside them is a slot, not an address.
    private static readonly ContextWords FillInWords = new(
        "enter", "enter here", "fill in", "your", "placeholder", "e.g.", "eg.", "for example", "example", "such as", "replace",
        "eintragen", "hier eintragen", "eingeben", "z. b.", "z.b.", "zum beispiel", "beispiel", "ersetzen", "ihre", "deine",
        "saisir", "saisissez", "entrez", "p. ex.", "par exemple", "exemple", "remplacez", "votre",
        "introduzca", "introduce", "ingrese", "p. ej.", "por ejemplo", "ejemplo", "reemplace", "su", "tu",
        "invullen", "vul", "bijv.", "bijvoorbeeld", "voorbeeld", "vervang", "uw", "jouw");

    /// <summary>Whether the address <paramref name="value"/> at <paramref name="start"/> in <paramref name="text"/> is written to be filled in.</summary>
    public static bool IsPlaceholder(string text, int start, ReadOnlySpan<char> value)
    {
        var at = value.IndexOf('@');
        var domain = value[(at + 1)..];
        var lastDot = domain.LastIndexOf('.');
        if (lastDot < 0)
        {
            return false;
        }
        if (domain[(lastDot + 1)..].Equals("tld", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var secondDot = domain[..lastDot].LastIndexOf('.');
        var label = domain[(secondDot + 1)..lastDot].ToString();
        return FillInDomains.Contains(label) && FillInWords.Near(text, start, start + value.Length, before: 64, after: 32);
    }
}
