namespace Aligners.Inference.Privacy;

/// <summary>
/// Places in code and logs where a national identifier's kind is named apart from the words right
/// around it: a URL or a path whose segments or query name the kind, with the value a whole segment
/// of it (<c>/api/bsn/123456782</c>, <c>/persons/123456782?id_type=bsn</c>); a comment on the line
/// above the statement that holds the value (<c># the tester's BSN</c> over <c>get('/x/123456782')</c>);
/// and an error message that quotes the value under a field naming an identifier
/// (<c>ValidationError: field 'tax_id' value='...'</c>). Each reads a bounded window around the value.
/// </summary>
internal static class IdentifierMentions
{
    // How far a URL or a path around the value is read, each way.
    private const int UrlReach = 200;

    // How long a comment line above may be to be read.
    private const int MaxCommentLine = 240;

    // Words that make a line an error message: the value it quotes is the one that failed, a real one as often as not.
    private static readonly ContextWords ErrorWords = new(
        ["error", "invalid", "validation", "validationerror", "exception", "rejected", "failed", "ungültig", "fehler", "invalide", "erreur",
         "inválido", "invalido", "no válido", "ongeldig", "fout"],
        insideIdentifiers: true);

    // Field names an error gives an identifier of any kind under (the kind itself the rule's own names say).
    private static readonly ContextWords IdFields = new(
        ["tax_id", "taxid", "tax id", "tin", "national_id", "nationalid", "national id", "personal_id", "personal id", "personal_number",
         "id_number", "id number", "identity_number", "document_number", "citizen_id"],
        insideIdentifiers: true);

    /// <summary>
    /// The value from <paramref name="start"/> to <paramref name="end"/> is a whole segment of a URL or a path whose other
    /// segments or query hold one of <paramref name="names"/>.
    /// </summary>
    public static bool NamedInUrl(string text, int start, int end, ContextWords names)
    {
        if (start == 0 || text[start - 1] != '/' || (end < text.Length && !IsSegmentEnd(text[end])))
        {
            return false;
        }
        var from = start;
        while (from > 0 && start - from < UrlReach && !IsUrlBoundary(text[from - 1]))
        {
            from--;
        }
        var to = end;
        while (to < text.Length && to - end < UrlReach && !IsUrlBoundary(text[to]))
        {
            to++;
        }
        return names.Contains(text.AsSpan(from, start - from)) || names.Contains(text.AsSpan(end, to - end));
    }

    /// <summary>The line right above the value's is a comment (#, //, --, /*, *, ;, &lt;!--) that holds one of <paramref name="names"/>.</summary>
    public static bool NamedInCommentAbove(TextLayout layout, int start, ContextWords names)
    {
        var above = layout.LineJustAbove(start).Trim();
        if (above.IsEmpty || above.Length > MaxCommentLine)
        {
            return false;
        }
        var comment = above.StartsWith("<!--", StringComparison.Ordinal) || above.StartsWith("/*", StringComparison.Ordinal)
            || above.StartsWith("//", StringComparison.Ordinal) || above.StartsWith("--", StringComparison.Ordinal)
            || above[0] is '#' or '*' or ';';
        return comment && names.Contains(above);
    }

    /// <summary>
    /// The value stands quoted (or after ':' or '=') in an error message's line that names an identifier's field, within
    /// 120 characters before it.
    /// </summary>
    public static bool QuotedInError(string text, int start)
    {
        if (start == 0 || text[start - 1] is not ('\'' or '"' or ':' or '=' or ' ' or '`'))
        {
            return false;
        }
        var from = Math.Max(0, start - 120);
        from = text.LastIndexOf('\n', start - 1, start - from) + 1 is var lineStart and > 0 ? lineStart : from;
        var before = text.AsSpan(from, start - from);
        return ErrorWords.Contains(before) && IdFields.Contains(before);
    }

    private static bool IsSegmentEnd(char c) => c is '/' or '?' or '#' or '&' or '\'' or '"' or '`' or ')' or '>' || char.IsWhiteSpace(c);

    private static bool IsUrlBoundary(char c) => c is '\'' or '"' or '`' or '(' or ')' or '<' or '>' || char.IsWhiteSpace(c);
}
