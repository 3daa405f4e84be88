namespace Aligners.Inference.Privacy;

/// <summary>
/// The password argument of a command-line tool whose documented syntax fixes its position, as
/// <see cref="ConnectCalls"/> reads a connect call's: <c>rabbitmqctl add_user USER PASSWORD</c>,
/// <c>rabbitmqctl change_password USER PASSWORD</c>, <c>rabbitmqctl authenticate_user USER
/// PASSWORD</c>, <c>htpasswd -b FILE USER PASSWORD</c> (<c>-nb USER PASSWORD</c> without a file),
/// <c>mosquitto_passwd -b FILE USER PASSWORD</c>, Windows' <c>net user NAME PASSWORD</c> and
/// <c>ipmitool user set password ID PASSWORD</c>. Options ('-' or, for <c>net user</c>, '/') do not
/// count as arguments; htpasswd and mosquitto_passwd take the password on the command line only
/// with their batch option <c>-b</c>. A plain lower-case word there is prose ("net user accounts
/// list"), and '*' asks for the password instead of giving it.
/// </summary>
internal static class PositionalPasswords
{
    /// <summary>How far along its line a command is read.</summary>
    private const int MaxLine = 512;

    // Each command as written, the zero-based position of its password among the arguments after it,
    // the same with the no-file option, and whether the batch option -b must be given.
    private static readonly Command[] Commands =
    [
        new("rabbitmqctl add_user", 1, 1, false), new("rabbitmqctl change_password", 1, 1, false), new("rabbitmqctl authenticate_user", 1, 1, false),
        new("htpasswd", 2, 1, true), new("mosquitto_passwd", 2, 2, true), new("net user", 1, 1, false), new("user set password", 1, 1, false),
    ];

    /// <summary>Every password <paramref name="text"/> gives a command in its password position.</summary>
    public static IEnumerable<PrivacyEntity> Find(string text)
    {
        foreach (var command in Commands)
        {
            var at = 0;
            while ((at = text.IndexOf(command.Words, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var from = at + command.Words.Length;
                var whole = (at == 0 || text[at - 1] is ' ' or '\t' or '\n' or '/' or '$' or '`' or '(' or '>')
                    && from < text.Length && text[from] is ' ' or '\t';
                at = from;
                if (whole && Password(text, from, command) is var (start, end) && end - start >= 4 && !PlainWord(text.AsSpan(start, end - start))
                    && !Placeholders.IsPlaceholder(text.AsSpan(start, end - start)))
                {
                    yield return new PrivacyEntity(PrivacyTypes.Credential, start, end - start, "command-password", 0.9);
                }
            }
        }
    }

    /// <summary>The password argument after the command's words ending at <paramref name="from"/>, quotes left out, or (0, 0).</summary>
    private static (int Start, int End) Password(string text, int from, Command command)
    {
        var limit = Math.Min(text.Length, from + MaxLine);
        var index = 0;
        bool batch = false, noFile = false;
        var k = from;
        while (k < limit)
        {
            while (k < limit && text[k] is ' ' or '\t')
            {
                k++;
            }
            if (k >= limit || text[k] is '\n' or '\r' or '|' or ';' or '&' or '#')
            {
                return default;
            }
            var quote = text[k] is '"' or '\'' ? text[k] : '\0';
            var start = quote == '\0' ? k : k + 1;
            var end = start;
            while (end < limit && (quote == '\0' ? !char.IsWhiteSpace(text[end]) && text[end] is not (';' or '|') : text[end] != quote && text[end] != '\n'))
            {
                end++;
            }
            k = quote == '\0' ? end : end + 1;
            var token = text.AsSpan(start, end - start);
            if (quote == '\0' && token.Length > 1 && (token[0] == '-' || (token[0] == '/' && command.Words == "net user")))
            {
                // Short options may be grouped: -bc, -nbB.
                if (token[0] == '-' && token[1] != '-')
                {
                    batch |= token.Contains('b');
                    noFile |= token.Contains('n');
                }
                continue;
            }
            if (index == (noFile ? command.NoFilePosition : command.Position))
            {
                return !command.NeedsBatch || batch ? (start, end) : default;
            }
            index++;
        }
        return default;
    }

    /// <summary>All lower-case letters: a word of a sentence about the command, not a password.</summary>
    private static bool PlainWord(ReadOnlySpan<char> value) => !value.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyz");

    private sealed record Command(string Words, int Position, int NoFilePosition, bool NeedsBatch);
}
