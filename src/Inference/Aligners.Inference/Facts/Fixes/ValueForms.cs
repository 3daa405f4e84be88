namespace Aligners.Inference.Facts;

/// <summary>
/// The forms a value takes in running text: a name, its plural ("euro", "euros") and the adjective
/// or language of a place ("Asia", "Asian"; "Spain", "Spanish"), so that a sentence or question
/// that names a wrong value in another form is still known to be about it.
/// </summary>
internal static class ValueForms
{
    /// <summary>Places whose adjective is not the name with an ending added.</summary>
    private static readonly Dictionary<string, string[]> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Spain"] = ["Spanish"], ["France"] = ["French"], ["England"] = ["English"], ["Britain"] = ["British"],
        ["Netherlands"] = ["Dutch"], ["Holland"] = ["Dutch"], ["Portugal"] = ["Portuguese"], ["China"] = ["Chinese"],
        ["Japan"] = ["Japanese"], ["Greece"] = ["Greek"], ["Switzerland"] = ["Swiss"], ["Denmark"] = ["Danish"],
        ["Sweden"] = ["Swedish"], ["Finland"] = ["Finnish"], ["Poland"] = ["Polish"], ["Turkey"] = ["Turkish"],
        ["Ireland"] = ["Irish"], ["Wales"] = ["Welsh"], ["Scotland"] = ["Scottish"], ["Thailand"] = ["Thai"],
        ["Vietnam"] = ["Vietnamese"], ["Iceland"] = ["Icelandic"], ["Norway"] = ["Norwegian"], ["Peru"] = ["Peruvian"],
    };

    /// <summary>Whether <paramref name="text"/> names <paramref name="value"/> in one of its forms, as a whole word.</summary>
    public static bool Mentions(string text, string value) => Find(text, value, 0) >= 0;

    /// <summary>Where <paramref name="text"/> first names <paramref name="value"/> in one of its forms at or after <paramref name="from"/>, or -1.</summary>
    public static int Find(string text, string value, int from)
    {
        var best = -1;
        foreach (var form in Forms(value))
        {
            var i = from;
            while (i < text.Length && text.IndexOf(form, i, StringComparison.OrdinalIgnoreCase) is var at and >= 0)
            {
                var end = at + form.Length;
                // "euros" is the euro; "European" is not.
                while (end < text.Length && end - at - form.Length < 2 && text[end] is 's' or 'e' && form.Length >= 3)
                {
                    end++;
                }
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    best = best < 0 ? at : Math.Min(best, at);
                    break;
                }
                i = at + 1;
            }
        }
        return best;
    }

    /// <summary>The value itself, its adjective from the table, and a regular adjective ("Asia" to "Asian", "Italy" to "Italian").</summary>
    public static IEnumerable<string> Forms(string value)
    {
        var name = value.Trim();
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
        }
        if (name.Length < 3)
        {
            yield break; // a symbol of one or two letters is no word to look for
        }
        yield return name;
        if (Irregular.TryGetValue(name, out var adjectives))
        {
            foreach (var a in adjectives)
            {
                yield return a;
            }
        }
        if (char.IsUpper(name[0]) && !name.Contains(' '))
        {
            if (name[^1] is 'a')
            {
                yield return name + "n"; // Asia, Africa
            }
            else if (name[^1] is 'y')
            {
                yield return name[..^1] + "ian"; // Italy
            }
        }
    }
}
