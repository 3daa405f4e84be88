namespace Aligners.Inference.Privacy;

/// <summary>
/// Mail headers whose angle-bracketed values name messages, not mailboxes: <c>Message-ID</c>,
/// <c>In-Reply-To</c>, <c>References</c>, <c>Resent-Message-ID</c> and <c>Content-ID</c>
/// (RFC 5322 section 3.6.4, RFC 2045). Their values are written <c>&lt;left@right&gt;</c>, the
/// shape of an address, but the right side is the host that made the identifier and the left side
/// a unique string, so reading them as addresses would flag every forwarded header block.
/// </summary>
public static class MailHeaders
{
    private static readonly string[] MessageHeaders =
        ["message-id", "in-reply-to", "references", "resent-message-id", "content-id"];

    /// <summary>The longest message identifier read back to its '&lt;'.</summary>
    private const int MaxIdLength = 256;

    /// <summary>How far back a header's value is read: a References line lists a handful of ids.</summary>
    private const int MaxHeaderLine = 1024;

    /// <summary>
    /// The span [<paramref name="start"/>, <paramref name="end"/>) stands in angle brackets in the
    /// value of a header that names messages, on its line or a folded continuation of it (a line
    /// starting with white space continues the header above).
    /// </summary>
    public static bool NamesAMessage(string text, int start, int end)
    {
        // The value opens with '<'; the address-shaped part may start after characters no address starts with (<CAF=x@host>).
        var open = start;
        while (open > 0 && start - open < MaxIdLength && text[open - 1] is not ('<' or '>') && !char.IsWhiteSpace(text[open - 1]))
        {
            open--;
        }
        if (open == 0 || text[open - 1] != '<' || end >= text.Length || text[end] != '>')
        {
            return false;
        }
        var lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] != '\n' && start - lineStart < MaxHeaderLine)
        {
            lineStart--;
        }
        // A folded header continues on lines that start with white space; walk up to its first line.
        while (lineStart > 0 && lineStart < text.Length && text[lineStart] is ' ' or '\t' && start - lineStart < MaxHeaderLine)
        {
            lineStart--;
            while (lineStart > 0 && text[lineStart - 1] != '\n' && start - lineStart < MaxHeaderLine)
            {
                lineStart--;
            }
        }
        var colon = text.IndexOf(':', lineStart, Math.Min(start, text.Length) - lineStart);
        if (colon < 0)
        {
            return false;
        }
        var name = text.AsSpan(lineStart, colon - lineStart).Trim();
        foreach (var header in MessageHeaders)
        {
            if (name.Equals(header, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
