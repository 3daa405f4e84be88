namespace Aligners.Inference.Privacy;

/// <summary>
/// A name in capitals between a template engine's markers, standing where a deployment tool writes the
/// secret in: <c>%%PASSWORD%%</c> (Jinja-like installers, Windows' doubled percent in a batch file), <c>%DB_PASS%</c>,
/// <c>@@DB_PASSWORD@@</c> (Maven and Ant filtering), <c>__API_TOKEN__</c> (build pipelines' token replacement).
/// A secret does not open and close with the same one or two symbols around an upper-case name, so the value is a slot.
/// </summary>
internal static class TemplateMarkers
{
    /// <summary>Whether <paramref name="value"/> is a capitalised name between one or two of the same marker on each side.</summary>
    public static bool IsSlot(ReadOnlySpan<char> value)
    {
        foreach (var marker in (ReadOnlySpan<char>)['%', '@', '_', '#'])
        {
            // '_' marks a slot only doubled: a single one on each side (_TOKEN_) could still be a name's own.
            for (var width = marker == '_' ? 2 : 1; width <= 2; width++)
            {
                if (value.Length > 2 * width && Wrapped(value, marker, width) && IsName(value[width..^width]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool Wrapped(ReadOnlySpan<char> value, char marker, int width)
    {
        for (var k = 0; k < width; k++)
        {
            if (value[k] != marker || value[^(k + 1)] != marker)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Upper-case letters, digits and underscores, starting with a letter and holding no marker of its own at either end.</summary>
    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (!char.IsAsciiLetterUpper(name[0]) || name[^1] == '_')
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }
        return true;
    }
}
