namespace Aligners.Inference.Privacy;

/// <summary>
/// How far a value named as a secret reaches, and whether it has the shape of a password. A value in
/// quotes runs to the closing quote, whatever symbols it holds short of a space (a quoted phrase is prose) (WordPress salts hold
/// <c>]{[</c>, <c>&amp;</c>, <c>&lt;</c> and <c>?</c>); a value without quotes runs to the next space
/// or the next bracket or markup ('&lt;', '&gt;', an entity such as <c>&amp;amp;</c>: code and XML around a
/// name are not part of a value), less a sentence's trailing punctuation, and stops where the next
/// <c>name=</c> pair of a list or a query starts (<c>token=...;state=1</c>, <c>token=...&amp;state=1</c>);
/// an '&amp;' that starts no pair is the password's own (<c>Msp&amp;Tx%s?=</c>). A value named as a password
/// runs to the next space whatever brackets it holds (<see cref="PasswordEnd"/>). Also the shapes that are no
/// value: paths, URLs and addresses, and qualified names in code.
/// </summary>
internal static class SecretValue
{
    /// <summary>The longest value read; longer ones are cut there.</summary>
    public const int MaxLength = 4096;

    /// <summary>The shortest password taken on a password word alone, without randomness.</summary>
    public const int MinGuessable = 8;

    /// <summary>The shortest password taken on a password word alone when it mixes letters, digits and a symbol (Tulp2!).</summary>
    public const int MinShort = 6;

    /// <summary>The longest password taken on a password word alone.</summary>
    public const int MaxGuessable = 64;

    /// <summary>Where the value starting at <paramref name="start"/> ends, reading at most <paramref name="maxLength"/> characters.</summary>
    public static int End(string text, int start, int maxLength = MaxLength)
    {
        var limit = Math.Min(text.Length, start + maxLength);
        var quote = start > 0 && text[start - 1] is '"' or '\'' ? text[start - 1] : '\0';
        if (quote != '\0')
        {
            for (var k = start; k < limit && !char.IsWhiteSpace(text[k]); k++)
            {
                if (text[k] == quote && (k + 1 >= text.Length || !char.IsLetterOrDigit(text[k + 1])))
                {
                    return k;
                }
            }
        }
        var end = start;
        while (end < limit && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '\'' or '`' or '<' or '>' or '(' or ')' or '[' or ']' or '{' or '}')
            && !(text[end] is ',' or ';' or '&' && (StartsPair(text, end + 1) || (text[end] == '&' && Entity(text, end + 1)))))
        {
            end++;
        }
        // A properties or .env line's value keeps its final full stop: such a file has no sentences to end.
        if (end > start && text[end - 1] == '.' && PropertyLines.WholeValue(text, start, end))
        {
            return end;
        }
        while (end > start && text[end - 1] is '.' or ',' or ';' or ':' || (end > start && text[end - 1] == ')' && text.AsSpan(start, end - start).IndexOf('(') < 0))
        {
            end--;
        }
        return end;
    }

    /// <summary>
    /// Where a value named as a password ends: as <see cref="End"/> reads it where it is quoted (ending at
    /// <paramref name="end"/>), else at the next space, quote or closing tag (<c>&lt;/</c>), whatever brackets
    /// and symbols it holds, and where the next <c>name=</c> pair starts; less a sentence's trailing punctuation.
    /// Never before <paramref name="end"/>; reads at most <paramref name="maxLength"/> characters.
    /// </summary>
    public static int PasswordEnd(string text, int start, int end, int maxLength = MaxLength)
    {
        if (start > 0 && text[start - 1] is '"' or '\'' && end < text.Length && text[end] == text[start - 1])
        {
            return end;
        }
        var limit = Math.Min(text.Length, start + maxLength);
        var k = start;
        while (k < limit && !char.IsWhiteSpace(text[k]) && text[k] is not ('"' or '`') && !(text[k] == '<' && k + 1 < text.Length && text[k + 1] == '/')
            && !(text[k] is ',' or ';' or '&' && StartsPair(text, k + 1)))
        {
            k++;
        }
        if (k > start && text[k - 1] == '.' && PropertyLines.WholeValue(text, start, k))
        {
            return Math.Max(k, end);
        }
        // A closing bracket the value never opened is the code's or the sentence's around it ("{password: Abc123x}").
        while (k > start && (text[k - 1] is '.' or ',' or ';' or ':' || (text[k - 1] is ')' or ']' or '}' && Unopened(text.AsSpan(start, k - start)))))
        {
            k--;
        }
        return Math.Max(k, end);
    }

    /// <summary>The bracket ending <paramref name="value"/> has no opening one before it.</summary>
    private static bool Unopened(ReadOnlySpan<char> value)
    {
        var open = value[^1] switch { ')' => '(', ']' => '[', _ => '{' };
        return value[..^1].IndexOf(open) < 0;
    }

    /// <summary>An HTML entity's name follows an '&amp;' (<c>amp;</c>, <c>lt;</c>, <c>#39;</c>): markup around a value, not a symbol in it.</summary>
    private static bool Entity(string text, int at)
    {
        var k = at;
        while (k < text.Length && k - at < 8 && (char.IsAsciiLetterOrDigit(text[k]) || (k == at && text[k] == '#')))
        {
            k++;
        }
        return k > at && k < text.Length && text[k] == ';';
    }

    /// <summary>
    /// A random run of letters (AYyuzROfrHGd): 10 to 64 letters of both cases whose case changes four
    /// times or more, with upper-case letters running together before lower case ones, as no word
    /// and no camel-cased name (MyPassword, XmlHttpRequest) does, and an entropy of 3 bits or more.
    /// </summary>
    public static bool RandomLetters(ReadOnlySpan<char> value)
    {
        if (value.Length is < 10 or > MaxGuessable)
        {
            return false;
        }
        int changes = 0, upperRun = 0;
        var mixedRun = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
            if (i > 0 && char.IsAsciiLetterUpper(c) != char.IsAsciiLetterUpper(value[i - 1]))
            {
                changes++;
            }
            if (char.IsAsciiLetterUpper(c))
            {
                upperRun++;
            }
            else
            {
                // Two or more capitals then lower case, after the start: "ROf" in the middle, not the acronym that opens "XMLParser".
                mixedRun |= upperRun >= 2 && i - upperRun > 0;
                upperRun = 0;
            }
        }
        return changes >= 4 && mixedRun && SecretEntropyDetector.Entropy(value) >= 3.0;
    }

    /// <summary>
    /// A list of name=value pairs starts at <paramref name="start"/> (<c>DefaultEndpointsProtocol=https;AccountName=...</c>):
    /// a pair, then a ';' or '&amp;' and another pair before the token ends. A password with an '=' in it is one pair at most.
    /// </summary>
    public static bool StartsPairList(string text, int start)
    {
        if (!StartsPair(text, start))
        {
            return false;
        }
        for (var k = start; k < text.Length && k - start < MaxLength && !char.IsWhiteSpace(text[k]) && text[k] is not ('"' or '\'' or '`'); k++)
        {
            if (text[k] is ';' or '&' && StartsPair(text, k + 1))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A <c>name=</c> starts at <paramref name="at"/>: the next pair of a query string or a key=value list.</summary>
    public static bool StartsPair(string text, int at)
    {
        var k = at;
        while (k < text.Length && k - at < 32 && (char.IsAsciiLetterOrDigit(text[k]) || text[k] is '_' or '-' or '.'))
        {
            k++;
        }
        // "name=value", not base64 padding ("...Vu==", "...Vu=" at the value's end).
        return k > at && char.IsAsciiLetter(text[at]) && k + 1 < text.Length && text[k] == '='
            && !char.IsWhiteSpace(text[k + 1]) && text[k + 1] is not ('=' or '"' or '\'' or '`' or ',' or ';' or '&');
    }

    /// <summary>
    /// A password a person chose (Sommer2024!, Valencia1995$): <see cref="MinGuessable"/> to 64
    /// characters, letters with digits (and any symbols), not a number, a date, a word or markup; or
    /// <see cref="MinShort"/> characters and more where a symbol joins the letters and digits (Tulp2!,
    /// the shortest that sites' rules let through). A value of symbols with a letter and a digit
    /// among them (2%C_8}2-%T) is one too. Taken only where a password word names it, since nothing in
    /// its shape tells it from a product code.
    /// </summary>
    public static bool Guessable(ReadOnlySpan<char> value)
    {
        if (value.Length is < MinShort or > MaxGuessable)
        {
            return false;
        }
        bool letter = false, digit = false, symbol = false;
        foreach (var c in value)
        {
            if (char.IsLetter(c)) letter = true;
            else if (char.IsAsciiDigit(c)) digit = true;
            else if (char.IsWhiteSpace(c) || c is '<' or '>' or '`') return false;
            else if (c is not ('.' or '-' or '_')) symbol = true;
        }
        return letter && digit && (value.Length >= MinGuessable || symbol);
    }

    /// <summary>
    /// A call in code (<c>getToken(user)</c>, <c>options.ApiKey!)</c>): a name followed by '('. A name starts with a
    /// letter, '_' or '$', and the value ends where the argument list closes: "2(5c)icj..." is a random value holding
    /// brackets (Django's keys do).
    /// </summary>
    public static bool LooksLikeCall(ReadOnlySpan<char> value)
    {
        var open = value.IndexOf('(');
        // And a call ends where its argument list closes ("f(x)", "f(x);"), not in the middle of a key ("abc(5c)icj...").
        var tail = value.TrimEnd("!;,.?");
        if (open <= 0 || char.IsAsciiDigit(value[0]) || tail.IsEmpty || tail[^1] != ')')
        {
            return false;
        }
        foreach (var c in value[..open])
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '$'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Paths, URLs and e-mail addresses are random-looking but not secrets. A value that starts with
    /// '/' but holds a '+' or ends in '=' padding is base64 (a third of base64 keys hold a '/'), not a path.
    /// </summary>
    public static bool LooksLikeAddress(ReadOnlySpan<char> value) =>
        (value[0] == '/' && !value.Contains('+') && value[^1] != '=') || value.Contains("//", StringComparison.Ordinal)
        || (value.IndexOf('@') is var at and > 0 && IsDomain(value[(at + 1)..]));

    /// <summary>A host name after an '@' (example.com): dotted labels of letters, digits and hyphens; a salt's "@T*.=-|" is none.</summary>
    private static bool IsDomain(ReadOnlySpan<char> value) =>
        value.Contains('.') && !value.ContainsAnyExcept(HostChars) && value[0] != '.';

    private static readonly System.Buffers.SearchValues<char> HostChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

    /// <summary>
    /// A qualified name in code or docs ("System.Int64", "Options.ApiKey"): segments of letters,
    /// digits and underscores split by dots. Random secrets rarely contain a dot at all. Named as a
    /// password, a value whose later segment starts with a digit (Sol.Luna.2003) is a passphrase: no
    /// name in code has such a segment; a first one of digits is a generic arity (PasswordValidator`1.Describer).
    /// </summary>
    public static bool LooksLikeDottedName(ReadOnlySpan<char> value, bool password)
    {
        if (!value.ContainsAny('.', ':') || (password && WordPasswords.WordsWithDigits(value)))
        {
            return false;
        }
        foreach (var range in value.SplitAny('.', ':'))
        {
            var segment = value[range];
            if (password && range.Start.Value > 0 && segment.Length > 0 && char.IsAsciiDigit(segment[0]))
            {
                return false;
            }
            for (var k = 0; k < segment.Length; k++)
            {
                // Digits end a name's segment (Int64, v2), they do not run through it as in a password (hb8Paa3AE1).
                if (!(char.IsAsciiLetterOrDigit(segment[k]) || segment[k] == '_')
                    || (k > 0 && char.IsAsciiDigit(segment[k - 1]) && char.IsAsciiLetter(segment[k])))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
