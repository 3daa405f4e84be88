using System.Text.RegularExpressions;

namespace Aligners.Inference.Privacy;

/// <summary>
/// Passwords that stand where a file format, a command's option or a conversation puts them rather
/// than beside a name: the fifth field of a PostgreSQL password file line
/// (<c>host:port:database:user:password</c>), the bind password of the OpenLDAP clients
/// (<c>ldapsearch -w secret</c>), sshpass's <c>-p</c>, redis-cli's <c>-a</c>, any client's
/// <c>--password</c> option, the <c>P:</c> field of a Wi-Fi QR code's text, and a one-token line that answers a question asking for a password on
/// the line before ("what's the password?" then "Tulp2!x9"; a chat's "pw" or "pass" asks too, and a reply may give the
/// user first: "root / Tulp2!x9"). Each is read from one line only.
/// </summary>
internal static class PasswordShapes
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.Multiline;

    /// <summary>The longest answer line read as a password.</summary>
    private const int MaxAnswer = 64;

    // A whole line of five colon-separated fields whose second is a port (or *): libpq's password file format,
    // also on a diff's added line (its '+' marker left out; a removed line's '-' reads as part of the host).
    private static readonly Regex PgpassLine = new(
        @"^\+?[A-Za-z0-9_.\-*\[\]]{1,253}:(?<port>[0-9]{1,5}|\*):[^\s:]{1,128}:[^\s:]{1,128}:(?<value>[^\s]{1,128})$", Options);

    // An option naming a password and its value, quoted or up to the next space.
    private static readonly Regex ShortOption = new(@"(^|\s)(?<option>-w|-p|-a)[ =]?(?<value>'[^'\n]{1,128}'|""[^""\n]{1,128}""|[^\s'""\-][^\s]{0,127})", Options);

    private static readonly Regex LongOption = new(@"(^|\s)--password[ =](?<value>'[^'\n]{1,128}'|""[^""\n]{1,128}""|[^\s'""\-<\[{$][^\s]{0,127})", Options);

    // The password field of a Wi-Fi network's QR code text (WIFI:T:WPA;S:name;P:password;;), where
    // '\' escapes the format's own marks; read only after "WIFI:" on the same line.
    private static readonly Regex WifiPassword = new(@"WIFI:(?:[^;\n]{0,80};){0,8}P:(?<value>(?:\\[\\;,:""]|[^\\;\n]){1,63});", Options);

    // Which short option is a password for which clients: -w for the OpenLDAP tools, -p for sshpass, -a for redis-cli.
    private static readonly (string Option, string[] Clients)[] ShortOptions =
    [
        ("-w", ["ldapsearch", "ldapmodify", "ldapadd", "ldapdelete", "ldapwhoami", "ldappasswd", "ldapcompare", "ldapmodrdn", "ldapexop"]),
        ("-p", ["sshpass"]),
        ("-a", ["redis-cli"]),
    ];

    // Words that make a line a question: a question mark, or a question's opening in the languages the password words cover.
    private static readonly ContextWords QuestionWords = new(
        "what", "what's", "whats", "quoi", "quel", "quelle", "was", "wie", "welches", "cuál", "cual", "qué", "wat", "welk", "hoe");

    /// <summary>Every password <paramref name="text"/> holds in one of these shapes.</summary>
    public static IEnumerable<PrivacyEntity> Find(string text)
    {
        bool? namesFile = null; // searched once, and only when a line of another port asks
        foreach (Match m in PgpassLine.Matches(text))
        {
            var port = m.Groups["port"].Value;
            if (port is "5432" or "*" || (namesFile ??= text.Contains("pgpass", StringComparison.OrdinalIgnoreCase)))
            {
                var value = m.Groups["value"];
                var end = value.Index + value.Length - (text[value.Index + value.Length - 1] == '\r' ? 1 : 0);
                if (Valid(text, value.Index, end))
                {
                    yield return Found(value.Index, end, "pgpass-password");
                }
            }
        }
        foreach (Match m in ShortOption.Matches(text))
        {
            var option = m.Groups["option"].Value;
            var (start, end) = Unquote(text, m.Groups["value"]);
            if (Valid(text, start, end) && ShortOptions.Any(o => o.Option == option && CredentialDetector.LineRuns(text, m.Groups["option"].Index, o.Clients)))
            {
                yield return Found(start, end, "option-password");
            }
        }
        foreach (Match m in LongOption.Matches(text))
        {
            var (start, end) = Unquote(text, m.Groups["value"]);
            // "--password prompt" and the like are words, not a password: an unquoted value must not be a plain lower-case word.
            if (Valid(text, start, end) && (text[m.Groups["value"].Index] is '\'' or '"' || !IsPlainWord(text.AsSpan(start, end - start))))
            {
                yield return Found(start, end, "option-password");
            }
        }
        foreach (Match m in WifiPassword.Matches(text))
        {
            var value = m.Groups["value"];
            if (Valid(text, value.Index, value.Index + value.Length))
            {
                yield return Found(value.Index, value.Index + value.Length, "wifi-password");
            }
        }
        foreach (var answer in Answers(text))
        {
            yield return answer;
        }
    }

    /// <summary>One-token lines that answer a line asking for a password.</summary>
    private static IEnumerable<PrivacyEntity> Answers(string text)
    {
        if (!PasswordClause.Possible(text) && !ChatPasswordWords.Contains(text))
        {
            yield break;
        }
        var lineStart = 0;
        var previousStart = -1;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            if (previousStart >= 0 && AsksForPassword(text.AsSpan(previousStart, lineStart - 1 - previousStart))
                && !FieldLines.NextField(text, previousStart, lineStart, lineEnd))
            {
                var (start, end) = Utterance(text, lineStart, lineEnd);
                if (end - start is >= SecretValue.MinShort and <= MaxAnswer && text.AsSpan(start, end - start).IndexOfAny(" \t") < 0
                    && !IsPlainWord(text.AsSpan(start, end - start)) && Valid(text, start, end))
                {
                    yield return Found(start, end, "password-answer");
                }
                else if (AnswerSaysMore(text, start, end) is var (valueStart, valueEnd) && valueEnd > valueStart)
                {
                    yield return Found(valueStart, valueEnd, "password-answer");
                }
            }
            // Only the line right before asks: a blank line ends the exchange.
            previousStart = lineEnd > lineStart ? lineStart : -1;
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>
    /// An answer that says more than the password: "it's VALUE - don't share it", "VALUE, but change it
    /// tomorrow". The value opens the reply (after "it's", "here:" or the like) and a dash, a comma, a
    /// semicolon or a bracket after a space ends it; since words follow it, it must have a password's
    /// shape (<see cref="SecretValue.Guessable"/>) or look random, not merely be a token.
    /// </summary>
    private static (int Start, int End) AnswerSaysMore(string text, int start, int end)
    {
        var reply = text.AsSpan(start, end - start);
        foreach (var opening in AnswerOpenings)
        {
            if (reply.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                start += opening.Length;
                reply = reply[opening.Length..];
                break;
            }
        }
        // "admin / VALUE": a user name, then the password after a spaced slash, as a chat gives a login.
        var pair = UserPairLength(reply);
        if (pair > 0)
        {
            start += pair;
            reply = reply[pair..];
            if (reply.IndexOfAny(' ', '\t') < 0)
            {
                return reply.Length is >= SecretValue.MinShort and <= MaxAnswer && !IsPlainWord(reply) && Valid(text, start, end) ? (start, end) : default;
            }
        }
        var space = reply.IndexOfAny(' ', '\t');
        if (space < SecretValue.MinShort || space > MaxAnswer)
        {
            return default;
        }
        var rest = reply[space..].TrimStart(" \t");
        if (rest.IsEmpty || !(rest[0] is '-' or '–' or '—' or '(' || reply[space - 1] is ',' or ';'))
        {
            return default;
        }
        var valueEnd = start + space - (reply[space - 1] is ',' or ';' ? 1 : 0);
        var value = text.AsSpan(start, valueEnd - start);
        return (SecretValue.Guessable(value) || SecretEntropyDetector.LooksRandom(value)) && Valid(text, start, valueEnd) ? (start, valueEnd) : default;
    }

    /// <summary>The length of a login's user name and the spaced slash after it ("admin / "), or 0.</summary>
    private static int UserPairLength(ReadOnlySpan<char> reply)
    {
        var slash = reply.IndexOf(" / ");
        if (slash is < 1 or > 32)
        {
            return 0;
        }
        foreach (var c in reply[..slash])
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '@'))
            {
                return 0;
            }
        }
        return slash + 3;
    }

    // How a reply opens before the password it gives, in the languages the password words cover.
    private static readonly string[] AnswerOpenings =
    [
        "it's ", "it’s ", "its ", "it is ", "here: ", "here it is: ", "sure: ", "sure, it's ", "sure, ", "es ist ", "das ist ", "c'est ", "c’est ",
        "es ", "het is ", "is ",
    ];

    /// <summary>The line names a password and asks: a question mark at its end, or a question word.</summary>
    private static bool AsksForPassword(ReadOnlySpan<char> line)
    {
        if (line.Length > 200)
        {
            return false;
        }
        var trimmed = line.TrimEnd();
        return (PasswordClause.HasPasswordWord(line) || AsksForChatPassword(trimmed)) && (trimmed.EndsWith("?") || QuestionWords.Contains(line));
    }

    // A chat's short words for a password; so short and common that they count only as the thing a question asks for.
    private static readonly ContextWords ChatPasswordWords = new("pw", "pwd", "pass", "passwd", "pword");

    /// <summary>
    /// The question asks for a password by a chat's short word: the word ends the question ("what's the pw?",
    /// "wie ist das pw") or is followed by "for" ("the pass for the router?"), so "did the test pass" asks nothing.
    /// </summary>
    private static bool AsksForChatPassword(ReadOnlySpan<char> line)
    {
        var question = line.TrimEnd("?!. ");
        if (ChatPasswordWords.LastEnd(question) == question.Length && question.Length > 0)
        {
            return !EndsWithVerbPass(question);
        }
        var forAt = question.LastIndexOf(" for ", StringComparison.OrdinalIgnoreCase);
        return forAt > 0 && ChatPasswordWords.LastEnd(question[..forAt]) == forAt && !EndsWithVerbPass(question[..forAt]);
    }

    /// <summary>"pass" not after "the", "your" or a network's name is the verb ("did the build pass"), not the noun.</summary>
    private static bool EndsWithVerbPass(ReadOnlySpan<char> question) =>
        question.EndsWith("pass", StringComparison.OrdinalIgnoreCase)
        && !(question.EndsWith(" the pass", StringComparison.OrdinalIgnoreCase) || question.EndsWith(" your pass", StringComparison.OrdinalIgnoreCase)
            || question.EndsWith(" wifi pass", StringComparison.OrdinalIgnoreCase) || question.EndsWith(" wlan pass", StringComparison.OrdinalIgnoreCase)
            || question.EndsWith(" ur pass", StringComparison.OrdinalIgnoreCase));

    /// <summary>What a chat line says, its time stamp and speaker ("[14:03] Ana :", "ana:") left out.</summary>
    private static (int Start, int End) Utterance(string text, int lineStart, int lineEnd)
    {
        var end = lineEnd;
        while (end > lineStart && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        var start = lineStart;
        if (start < end && text[start] == '[')
        {
            var close = text.IndexOf(']', start, Math.Min(24, end - start));
            start = close < 0 ? start : close + 1;
        }
        // A speaker's name of at most 32 characters, then a colon and a space.
        var colon = text.AsSpan(start, Math.Min(34, end - start)).IndexOf(": ");
        if (colon >= 0)
        {
            start += colon + 2;
        }
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        return (start, end);
    }

    /// <summary>All lower-case letters (a hyphen allowed): a word of the sentence, not a password.</summary>
    private static bool IsPlainWord(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!(char.IsLower(c) || c == '-'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Valid(string text, int start, int end) =>
        end - start >= 4 && !Placeholders.IsPlaceholder(text.AsSpan(start, end - start));

    private static (int Start, int End) Unquote(string text, Group value) =>
        text[value.Index] is '\'' or '"' ? (value.Index + 1, value.Index + value.Length - 1) : (value.Index, value.Index + value.Length);

    private static PrivacyEntity Found(int start, int end, string rule) => new(PrivacyTypes.Credential, start, end - start, rule, 0.9);
}
