namespace Aligners.Inference.Privacy;

/// <summary>
/// The cells of an SQL <c>INSERT INTO table (a, b, c) VALUES (..., ..., ...), (...)</c> statement, each paired by
/// position with the column its list names, as a CSV cell is paired with its heading: in
/// <c>INSERT INTO patients (id, bsn) VALUES (7, '...')</c> the second value is a <c>bsn</c>. Quoted values
/// may hold commas and brackets; a call (<c>NOW()</c>) is one value. A statement without a column list
/// names nothing.
/// </summary>
internal static class SqlInsert
{
    /// <summary>The longest column list read.</summary>
    private const int MaxColumns = 1024;

    /// <summary>A value and the column it fills: where the value stands and where the column's name does.</summary>
    public readonly record struct Cell(int Start, int End, int NameStart, int NameLength);

    /// <summary>Every value of every INSERT statement in <paramref name="text"/> that a column list names, in text order.</summary>
    public static List<Cell> Cells(string text)
    {
        var cells = new List<Cell>();
        var at = 0;
        while ((at = text.IndexOf("insert into", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            at += "insert into".Length;
            var k = SkipSpaces(text, at);
            while (k < text.Length && (char.IsLetterOrDigit(text[k]) || text[k] is '_' or '.' or '`' or '"' or '[' or ']'))
            {
                k++;
            }
            k = SkipSpaces(text, k);
            if (k >= text.Length || text[k] != '(')
            {
                continue;
            }
            var close = text.IndexOf(')', k, Math.Min(MaxColumns, text.Length - k));
            if (close < 0)
            {
                continue;
            }
            var columns = Columns(text, k + 1, close);
            k = SkipSpaces(text, close + 1);
            if (!text.AsSpan(k).StartsWith("values", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            at = Tuples(text, SkipSpaces(text, k + "values".Length), columns, cells);
        }
        return cells;
    }

    /// <summary>The column names between <paramref name="from"/> and <paramref name="to"/>, their quotes left out.</summary>
    private static List<(int Start, int Length)> Columns(string text, int from, int to)
    {
        var columns = new List<(int, int)>();
        var start = from;
        for (var k = from; k <= to; k++)
        {
            if (k == to || text[k] == ',')
            {
                var (s, e) = Trim(text, start, k, " \t\r\n`\"[]");
                columns.Add((s, e - s));
                start = k + 1;
            }
        }
        return columns;
    }

    /// <summary>Reads the tuples from <paramref name="k"/>, adding their named cells; returns where reading stopped.</summary>
    private static int Tuples(string text, int k, List<(int Start, int Length)> columns, List<Cell> cells)
    {
        while (k < text.Length && text[k] == '(')
        {
            var index = 0;
            var depth = 0;
            var start = k + 1;
            k++;
            for (; k < text.Length; k++)
            {
                var c = text[k];
                if (c == '\'')
                {
                    // A quoted value, '' standing for a quote inside it.
                    k++;
                    while (k < text.Length && !(text[k] == '\'' && (k + 1 >= text.Length || text[k + 1] != '\'')))
                    {
                        k += text[k] == '\'' ? 2 : 1;
                    }
                }
                else if (c == '(')
                {
                    depth++;
                }
                else if (c == ')' && depth > 0)
                {
                    depth--;
                }
                else if (depth == 0 && c is ',' or ')')
                {
                    var (s, e) = Trim(text, start, k, " \t\r\n");
                    if (index < columns.Count && e > s)
                    {
                        cells.Add(new Cell(s, e, columns[index].Start, columns[index].Length));
                    }
                    index++;
                    start = k + 1;
                    if (c == ')')
                    {
                        break;
                    }
                }
            }
            k = SkipSpaces(text, k + 1);
            if (k < text.Length && text[k] == ',')
            {
                k = SkipSpaces(text, k + 1);
            }
        }
        return k;
    }

    private static int SkipSpaces(string text, int k)
    {
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }
        return k;
    }

    private static (int Start, int End) Trim(string text, int start, int end, string marks)
    {
        while (start < end && marks.Contains(text[start]))
        {
            start++;
        }
        while (end > start && marks.Contains(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }
}
