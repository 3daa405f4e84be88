namespace Aligners.Inference.Privacy;

/// <summary>
/// Values written where a secret would go but that hold none: a run of one character standing for
/// the secret (AKIAXXXXXXXXXXXXXXXX, ghp_xxxxxxxx..., ********), a vendor's documented example
/// (AWS's AKIAIOSFODNN7EXAMPLE), a word standing for one ("password"), or a template slot (${DB_PASSWORD}, {{password}}, &lt;your-key&gt;, %PASSWORD%).
/// </summary>
internal static class Placeholders
{
    /// <summary>The longest run of one repeated character that a random secret of ordinary length plausibly holds.</summary>
    private const int MaxRandomRun = 5;

    /// <summary>Words written in place of a password in examples (postgres://user:password@host).</summary>
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passwd", "pass", "pwd", "secret", "token", "apikey", "api_key", "yourpassword", "your_password", "your-password", "mypassword",
    };

    /// <summary>${NAME}, {{name}}, &lt;your-key&gt;, %NAME% or $NAME: a slot a template or the shell fills in.</summary>
    private static bool IsTemplateSlot(ReadOnlySpan<char> value) =>
        value.Length >= 2 && ((value[0] is '{' && value[^1] is '}') || (value[0] is '<' && value[^1] is '>')
            || (value[0] is '$' && (value[1] is '{' || AllNameChars(value[1..])))
            || (value[0] is '%' && value[^1] is '%' && AllNameChars(value[1..^1])));

    private static bool AllNameChars(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }
        return !value.IsEmpty;
    }

    /// <summary>Whether <paramref name="value"/> is a placeholder rather than a secret.</summary>
    public static bool IsPlaceholder(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return true;
        }
        if (Words.Contains(value.ToString()) || IsTemplateSlot(value)
            || value.Contains("EXAMPLE", StringComparison.Ordinal) || value.Contains("example", StringComparison.Ordinal))
        {
            return true;
        }
        var run = 1;
        for (var i = 1; i < value.Length; i++)
        {
            run = value[i] == value[i - 1] && !char.IsAsciiDigit(value[i]) ? run + 1 : 1;
            if (run > MaxRandomRun)
            {
                return true;
            }
        }
        return false;
    }
}
