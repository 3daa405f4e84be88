namespace Aligners.Inference.Privacy;

/// <summary>
/// Lines of labelled fields, as a login's details are listed ("wachtwoord: Sommer#88?", then "gateway: 10.1.2.3"):
/// a line whose label names a password already holds its value, so the labelled line after it is the next
/// field, not a reply giving the password, even where the value before ends in a question mark.
/// </summary>
internal static class FieldLines
{
    /// <summary>The longest label read as a field's name.</summary>
    private const int MaxLabel = 32;

    /// <summary>
    /// Whether the line at <paramref name="lineStart"/> is the next field of a list whose line before it
    /// (from <paramref name="previousStart"/>) gives a password under its label.
    /// </summary>
    public static bool NextField(string text, int previousStart, int lineStart, int lineEnd)
    {
        var previous = text.AsSpan(previousStart, Math.Max(0, lineStart - 1 - previousStart));
        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        return Label(previous, out var label, out var value) && !value.IsEmpty && PasswordClause.HasPasswordWord(label)
            && Label(line, out _, out var next) && !next.IsEmpty;
    }

    /// <summary>Whether a line opens with a field's name, a colon and a space; its label and value where it does.</summary>
    private static bool Label(ReadOnlySpan<char> line, out ReadOnlySpan<char> label, out ReadOnlySpan<char> value)
    {
        line = line.Trim();
        label = value = default;
        var colon = line.IndexOf(": ");
        if (colon < 1 || colon > MaxLabel)
        {
            return false;
        }
        foreach (var c in line[..colon])
        {
            // A field's name: words of letters and digits, joined by '-', '_', '.' or a space ("wachtwoord", "VPN gateway").
            if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ' '))
            {
                return false;
            }
        }
        label = line[..colon];
        value = line[(colon + 2)..].Trim();
        return true;
    }
}
