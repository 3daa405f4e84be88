namespace Aligners.Inference.Privacy;

/// <summary>
/// A password or an auth token joined to a user variable inside a Basic header's base64 call
/// (<c>"Basic " + btoa(user + ":s3cr3t...")</c>, <c>b64encode(f"{key}:..."</c> aside): the literal after the variable opens with the
/// ':' that separates user from password in a Basic credential, so what follows it is the password, as an API's
/// account id and auth token are sent. Counts on a line naming Basic authentication and a base64 call, for a value of
/// at least <see cref="MinValue"/> characters that is no placeholder.
/// </summary>
internal static class BasicHeaderPasswords
{
    private const int MinValue = 8;

    private const int MaxValue = 128;

    private static readonly ContextWords EncodeCalls = new(
        ["btoa", "b64encode", "base64", "tobase64string", "buffer.from", "encodetostring", "strict_encode64"], insideIdentifiers: true);

    /// <summary>Every password written as a ':'-opened literal after a concatenated user variable in a Basic header's encoding.</summary>
    public static IEnumerable<PrivacyEntity> Find(string text)
    {
        var colon = 0;
        while ((colon = text.IndexOf(':', colon)) >= 0)
        {
            var at = colon++;
            // The literal opens with the ':' (a quote right before it), and a '+' joins it to the user before.
            if (at < 3 || text[at - 1] is not ('"' or '\'') || !Joined(text, at - 1))
            {
                continue;
            }
            var quote = text[at - 1];
            var start = at + 1;
            var end = text.IndexOf(quote, start);
            if (end < 0 || end - start < MinValue || end - start > MaxValue || text.AsSpan(start, end - start).ContainsAny(" \n\t"))
            {
                continue;
            }
            if (Placeholders.IsPlaceholder(text.AsSpan(start, end - start)) || !OnBasicLine(text, at))
            {
                continue;
            }
            yield return new PrivacyEntity(PrivacyTypes.Credential, start, end - start, "basic-auth", 0.85);
        }
    }

    /// <summary>A '+' stands before the quote at <paramref name="quote"/>, spaces aside: the literal continues a concatenation.</summary>
    private static bool Joined(string text, int quote)
    {
        var k = quote;
        while (k > 0 && text[k - 1] == ' ')
        {
            k--;
        }
        return k > 0 && text[k - 1] == '+';
    }

    private static bool OnBasicLine(string text, int position)
    {
        var lineStart = LineBounds.Start(text, position);
        var lineEnd = LineBounds.End(text, position);
        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        return line.Contains("Basic", StringComparison.OrdinalIgnoreCase) && EncodeCalls.Contains(line);
    }
}
