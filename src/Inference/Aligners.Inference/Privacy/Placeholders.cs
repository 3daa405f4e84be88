namespace Aligners.Inference.Privacy;

/// <summary>
/// Values written where a secret would go but that hold none: a run of one character standing for
/// the secret (AKIAXXXXXXXXXXXXXXXX, ghp_xxxxxxxx..., ********), a vendor's documented example
/// (AWS's AKIAIOSFODNN7EXAMPLE), a word standing for one ("password"), a template slot (${DB_PASSWORD}, {{password}}, &lt;your-key&gt;, %PASSWORD%, %%PASSWORD%%, @@DB_PASS@@, __TOKEN__: <see cref="TemplateMarkers"/>),
/// a masked value of any length (<c>***</c>, <c>••••</c>, <c>****ab12</c>: a log that hides a secret shows its mask),
/// or a redaction marker (<c>[REDACTED]</c>, <c>(removed)</c>, <c>[GESCHWÄRZT]</c>: <see cref="RedactionMarkers"/>).
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

    /// <summary>
    /// A {name} or &lt;name&gt; slot inside the value ("blob:v2:{fullBlobUrl}", "@&lt;host&gt;:5432/&lt;db&gt;"):
    /// a template with a part to fill in.
    /// </summary>
    private static bool HoldsSlot(ReadOnlySpan<char> value) => HoldsSlot(value, '{', '}') || HoldsSlot(value, '<', '>');

    private static bool HoldsSlot(ReadOnlySpan<char> value, char opening, char closing)
    {
        var open = value.IndexOf(opening);
        while (open >= 0 && open + 1 < value.Length)
        {
            var k = open + 1;
            while (k < value.Length && (char.IsAsciiLetterOrDigit(value[k]) || value[k] == '_' || (opening == '<' && value[k] == '-')))
            {
                k++;
            }
            if (k > open + 1 && k < value.Length && value[k] == closing && char.IsAsciiLetter(value[open + 1]))
            {
                return true;
            }
            var next = value[(open + 1)..].IndexOf(opening);
            open = next < 0 ? -1 : open + 1 + next;
        }
        return false;
    }

    /// <summary>Words that tell the reader to put their own value in ("your-password-here", "insert_api_key").</summary>
    private static readonly HashSet<string> FillInWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "your", "here", "insert", "replace", "enter", "put", "change", "me", "goes",
    };

    /// <summary>Words naming what goes in the slot.</summary>
    private static readonly HashSet<string> SlotWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passwd", "pass", "pwd", "passphrase", "secret", "token", "key", "apikey", "api", "credential", "credentials",
    };

    /// <summary>
    /// Letters-only words joined by '-' or '_' that name the slot and tell the reader to fill it
    /// ("your-password-here", "insert_token_here", "replace-with-your-key"): an instruction, not a secret.
    /// </summary>
    private static bool IsFillInPhrase(ReadOnlySpan<char> value)
    {
        if (value.Length > 64 || (value.IndexOf('-') < 0 && value.IndexOf('_') < 0))
        {
            return false;
        }
        bool fillIn = false, slot = false;
        foreach (var range in value.SplitAny('-', '_'))
        {
            var word = value[range];
            foreach (var c in word)
            {
                if (!char.IsAsciiLetter(c))
                {
                    return false;
                }
            }
            var text = word.ToString();
            fillIn |= FillInWords.Contains(text);
            slot |= SlotWords.Contains(text);
        }
        return fillIn && slot;
    }

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

    /// <summary>
    /// A masked value: it starts with three or more mask characters (<c>*</c>, <c>•</c>, <c>●</c>), as a
    /// log or a form shows a hidden secret or its last few characters; a secret's own symbols do not run so.
    /// </summary>
    private static bool Masked(ReadOnlySpan<char> value)
    {
        var k = 0;
        while (k < value.Length && value[k] is '*' or '•' or '●' or '∙')
        {
            k++;
        }
        return k >= 3 || k == value.Length;
    }

    /// <summary>Whether <paramref name="value"/> is a placeholder rather than a secret.</summary>
    public static bool IsPlaceholder(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return true;
        }
        if (Words.Contains(value.ToString()) || IsTemplateSlot(value) || TemplateMarkers.IsSlot(value) || HoldsSlot(value) || IsFillInPhrase(value)
            || value.Contains("EXAMPLE", StringComparison.Ordinal) || value.Contains("example", StringComparison.Ordinal)
            || DocumentedKeys.IsDocumented(value))
        {
            return true;
        }
        if (Masked(value) || RedactionMarkers.IsMarker(value))
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
