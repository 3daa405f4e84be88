namespace Aligners.Inference.Facts;

/// <summary>
/// A wrong number the answer says again after it was corrected: a later line of a calculation that
/// carries it forward ("Total: £41.15"), a conclusion that repeats it ("So it went up by 20%"), an
/// explanation that restates it in other units' words ("roughly 8.9 metres per second every
/// second"). Each later mention is given the right number. A mention counts only where it cannot be
/// another quantity by chance: the number has decimals, a currency sign or a percent sign, or the
/// same word follows it as followed the corrected one.
/// </summary>
internal static class RestatedNumbers
{
    /// <summary>The replacements of the later mentions of <paramref name="value"/>'s wrong number in <paramref name="text"/>.</summary>
    public static List<TextEdit> Find(string text, ReplacedValue value)
    {
        var edits = new List<TextEdit>();
        var wrong = Core(value.Claim);
        var right = Core(value.Expected);
        if (wrong is null || right is null || wrong == right)
        {
            return edits;
        }
        // "20" written as "20%": the percent sign after it in the text belongs to both numbers.
        if (!wrong.EndsWith('%') && value.End < text.Length && text[value.End] == '%')
        {
            wrong += "%";
            right += "%";
        }
        var distinct = wrong.Contains('.') || wrong.Contains('%') || !char.IsDigit(wrong[0]);
        // The unit written with the wrong number ("8,611 metres"), else the word after the right one in the text.
        var unit = distinct ? null : NextWord(value.Claim, value.Claim.IndexOf(wrong, StringComparison.Ordinal) + wrong.Length) ?? NextWord(text, value.End);
        if (!distinct && unit is null)
        {
            return edits; // a bare whole number may be any other quantity
        }
        var i = value.End;
        while (i < text.Length && text.IndexOf(wrong, i, StringComparison.Ordinal) is var at and >= 0)
        {
            var end = at + wrong.Length;
            i = end;
            if (!Alone(text, at, end) || (unit is not null && !string.Equals(NextWord(text, end), unit, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            edits.Add(new TextEdit(at, end, right, $"restated {value.Claim}"));
        }
        return edits;
    }

    /// <summary>The number of a value with its currency or percent sign ("£41.15", "20%", "8.9"), or null when it has no number.</summary>
    internal static string? Core(string value)
    {
        var s = value.Trim().TrimStart('~', '≈', '+');
        var start = 0;
        while (start < s.Length && s[start] is '$' or '£' or '€' or '¥')
        {
            start++;
        }
        var end = start;
        while (end < s.Length && (char.IsDigit(s[end]) || (s[end] is '.' or ',' && end + 1 < s.Length && char.IsDigit(s[end + 1]))))
        {
            end++;
        }
        if (end == start)
        {
            return null;
        }
        if (end < s.Length && s[end] == '%')
        {
            end++;
        }
        return s[..end];
    }

    /// <summary>Whether the mention is a whole number, not part of a longer one ("18.9", "8.95") or of a word.</summary>
    private static bool Alone(string text, int at, int end)
    {
        var before = at > 0 ? text[at - 1] : ' ';
        if (char.IsLetterOrDigit(before) || (before is '.' or ',' && at > 1 && char.IsDigit(text[at - 2])))
        {
            return false;
        }
        if (end < text.Length && (char.IsDigit(text[end]) || text[end] == '%'))
        {
            return false;
        }
        return !(end + 1 < text.Length && text[end] is '.' or ',' && char.IsDigit(text[end + 1]));
    }

    /// <summary>The word right after a number ("metres" in "8,611 metres"), lower-cased, or null.</summary>
    private static string? NextWord(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }
        return i > start ? text[start..i] : null;
    }
}
