namespace Aligners.Inference.Privacy;

/// <summary>
/// PostgreSQL's <c>COPY table (a, b, c) FROM stdin;</c> line, as <c>pg_dump</c> writes it before its tab-separated
/// rows: its column list names the rows' cells by position, as a CSV heading does (<see cref="TextLayout"/>).
/// </summary>
internal static class SqlCopy
{
    /// <summary>The names inside the column list of a COPY ... FROM stdin line, commas between; empty for any other line.</summary>
    public static ReadOnlySpan<char> ColumnList(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (!line.StartsWith("COPY ", StringComparison.OrdinalIgnoreCase) || !line.EndsWith("FROM stdin;", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        var open = line.IndexOf('(');
        var close = line.LastIndexOf(')');
        return open > 0 && close > open + 1 ? line[(open + 1)..close] : [];
    }
}
