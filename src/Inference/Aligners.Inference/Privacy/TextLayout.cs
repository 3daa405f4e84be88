namespace Aligners.Inference.Privacy;

/// <summary>
/// The line structure of a text that says what a value is when no word stands beside it: the
/// heading of the CSV or Markdown table column a value stands in (<c>card_number</c>, <c>ssn</c>,
/// <c>| Firmware |</c> above a <c>|---|</c> delimiter row, cells paired by position; the text tables
/// psql and the MySQL client print, whose heading stands above a <c>----+----</c> rule line, are read
/// alike), the line that
/// introduces the list a value is an item of ("Swedish contractors (for the Skatteverket report):"),
/// the column an SQL INSERT's value fills (<see cref="SqlInsert"/>), and the line above a value that stands alone on its own. Built in one pass over the text when a
/// detector first asks, so every later question costs a binary search.
/// </summary>
internal sealed class TextLayout
{
    private const int MaxFields = 64;

    private readonly string text;
    private readonly List<int> lineStarts = [];
    private readonly List<int> lineEnds = [];

    // Per line: the index of the heading line of the table it is a row of (-1: none), and the
    // index of the line that introduces the list it is an item of (-1: none).
    private readonly List<int> headingOf = [];
    private readonly List<int> introOf = [];
    private readonly List<char> delimiterOf = [];

    // The values of SQL INSERT statements and the columns they fill, in text order; empty where the text holds none.
    private readonly List<SqlInsert.Cell> sqlCells;

    private TextLayout(string text)
    {
        this.text = text;
        sqlCells = text.Contains("values", StringComparison.OrdinalIgnoreCase) ? SqlInsert.Cells(text) : [];
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            lineStarts.Add(start);
            lineEnds.Add(end > start && text[end - 1] == '\r' ? end - 1 : end);
            start = end + 1;
        }
        var heading = -1;
        var headingFields = 0;
        var headingDelimiter = '\0';
        var intro = -1;
        var copy = -1;
        for (var line = 0; line < lineStarts.Count; line++)
        {
            var span = Line(line);
            var (delimiter, fields) = Fields(span);
            var markdown = MarkdownRow(span);
            if (copy >= 0 && !span.SequenceEqual("\\."))
            {
                // A row of PostgreSQL's COPY ... (a, b) FROM stdin data, tab-separated until its "\." line, under the COPY's column list.
                headingOf.Add(copy);
                delimiter = '\t';
            }
            else if (SqlCopy.ColumnList(span).Length > 0)
            {
                (copy, heading) = (line, -1);
                headingOf.Add(-1);
            }
            else if (markdown && heading >= 0 && headingDelimiter == '|')
            {
                // A Markdown table's row (its delimiter row too, which holds no value), under the heading above the delimiter row.
                headingOf.Add(heading);
                delimiter = '|';
            }
            else if (markdown && line + 1 < lineStarts.Count && (MarkdownDelimiterRow(Line(line + 1)) || RuleRow(Line(line + 1))))
            {
                // A Markdown table's heading, or a MySQL client's (| id | ssn | above a +----+-----+ border).
                (heading, headingFields, headingDelimiter) = (line, 0, '|');
                headingOf.Add(-1);
                delimiter = '|';
            }
            else if (heading >= 0 && headingDelimiter == '|' && (RuleRow(span) || (headingFields > 0 && span.Count('|') == headingFields)))
            {
                // A text table's border or rule line, or a row of psql's output: as many bars as its heading.
                headingOf.Add(heading);
                delimiter = '|';
            }
            else if (span.Contains('|') && line + 1 < lineStarts.Count && (RuleRow(Line(line + 1)) || BareDelimiterRow(Line(line + 1))) && IsHeading(span, '|'))
            {
                // psql's heading: names with bars between ( id | email | ssn ), above a rule line (----+-------+-----); or a
                // Markdown table's written without its outer pipes (Name | ssn above ---|---), whose rows hold as many bars.
                (heading, headingFields, headingDelimiter) = (line, span.Count('|'), '|');
                headingOf.Add(-1);
                delimiter = '|';
            }
            else if (heading >= 0 && delimiter == headingDelimiter && fields > 1
                && (fields == headingFields || (delimiter == ',' && fields - DecimalCommas.Count(span) == headingFields)))
            {
                headingOf.Add(heading);
            }
            else
            {
                heading = fields > 1 && IsHeading(span, delimiter) ? line : -1;
                (headingFields, headingDelimiter) = (fields, delimiter);
                headingOf.Add(-1);
            }
            copy = copy >= 0 && span.SequenceEqual("\\.") ? -1 : copy;
            delimiterOf.Add(delimiter);
            if (IsListItem(span))
            {
                introOf.Add(intro);
            }
            else
            {
                introOf.Add(-1);
                intro = span.Trim().IsEmpty ? -1 : line;
            }
        }
    }

    /// <summary>The layout of <paramref name="text"/>.</summary>
    public static TextLayout Of(string text) => new(text);

    /// <summary>
    /// The heading of the CSV or Markdown column that <paramref name="position"/> stands in, or the column an SQL INSERT's value at
    /// <paramref name="position"/> fills; empty where it stands in no table.
    /// </summary>
    public ReadOnlySpan<char> ColumnHeading(int position)
    {
        var line = LineOf(position);
        if (headingOf[line] < 0)
        {
            // No heading above: an INSERT's column, or the column a text table's query above it names (SelectColumns).
            var sql = SqlColumn(position);
            return sql.IsEmpty ? SelectColumns.Name(text, position) : sql;
        }
        var delimiter = delimiterOf[line];
        var before = text.AsSpan(lineStarts[line], position - lineStarts[line]);
        var column = before.Count(delimiter);
        // A row with more commas than its heading has decimal commas in its amounts (€ 1840,25): they divide no cells.
        if (delimiter == ',' && Line(line).Count(',') != Line(headingOf[line]).Count(','))
        {
            column -= DecimalCommas.Count(before);
        }
        // A COPY's rows are tab-separated under a column list whose names a comma separates.
        var copyColumns = SqlCopy.ColumnList(Line(headingOf[line]));
        var heading = copyColumns.IsEmpty ? Line(headingOf[line]) : copyColumns;
        var names = copyColumns.IsEmpty ? delimiter : ',';
        for (var i = 0; i < column; i++)
        {
            var next = heading.IndexOf(names);
            if (next < 0)
            {
                return [];
            }
            heading = heading[(next + 1)..];
        }
        var end = heading.IndexOf(names);
        return (end < 0 ? heading : heading[..end]).Trim().Trim('"');
    }

    /// <summary>Whether <paramref name="position"/> stands in a row of a table under a heading, whatever its delimiter, or in an SQL INSERT's values.</summary>
    public bool InTable(int position) => headingOf[LineOf(position)] >= 0 || !SqlColumn(position).IsEmpty;

    /// <summary>The column that the SQL INSERT value holding <paramref name="position"/> fills, or empty.</summary>
    public ReadOnlySpan<char> SqlColumn(int position)
    {
        // The last cell starting at or before the position, by binary search over the cells' starts.
        int lo = 0, hi = sqlCells.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sqlCells[mid].Start <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found >= 0 && position < sqlCells[found].End ? text.AsSpan(sqlCells[found].NameStart, sqlCells[found].NameLength) : [];
    }

    /// <summary>Whether <paramref name="position"/> stands in a row of a table under a heading, with <paramref name="c"/> as its delimiter.</summary>
    public bool InTableRow(int position, char c) => headingOf[LineOf(position)] >= 0 && delimiterOf[LineOf(position)] == c;

    /// <summary>The line introducing the list whose item holds <paramref name="position"/>, or empty.</summary>
    public ReadOnlySpan<char> ListIntroduction(int position) => introOf[LineOf(position)] is var intro and >= 0 ? Line(intro) : [];

    /// <summary>The line <paramref name="position"/> stands in, without its line break.</summary>
    public ReadOnlySpan<char> LineAt(int position) => Line(LineOf(position));

    /// <summary>The nearest non-empty line above the one holding <paramref name="position"/>, or empty.</summary>
    public ReadOnlySpan<char> LineAbove(int position)
    {
        for (var line = LineOf(position) - 1; line >= 0; line--)
        {
            if (!Line(line).Trim().IsEmpty)
            {
                return Line(line);
            }
        }
        return [];
    }

    /// <summary>The line right above the one holding <paramref name="position"/>, empty or not, or empty at the first line.</summary>
    public ReadOnlySpan<char> LineJustAbove(int position) => LineOf(position) is var line and > 0 ? Line(line - 1) : [];

    private ReadOnlySpan<char> Line(int line) => text.AsSpan(lineStarts[line], lineEnds[line] - lineStarts[line]);

    private int LineOf(int position)
    {
        var i = lineStarts.BinarySearch(position);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>The delimiter a line uses most (comma, semicolon or tab) and how many fields it splits into.</summary>
    private static (char Delimiter, int Fields) Fields(ReadOnlySpan<char> line)
    {
        var best = ('\0', 1);
        foreach (var c in (ReadOnlySpan<char>)[',', ';', '\t'])
        {
            var n = line.Count(c) + 1;
            if (n > best.Item2 && n <= MaxFields)
            {
                best = (c, n);
            }
        }
        return best;
    }

    /// <summary>A heading row: every field a name (letters, digits, '_', '-', ' ', '.'), starting with a letter.</summary>
    private static bool IsHeading(ReadOnlySpan<char> line, char delimiter)
    {
        foreach (var range in line.Split(delimiter))
        {
            var field = line[range].Trim().Trim('"');
            if (field.IsEmpty || !char.IsLetter(field[0]) || field.Length > 40)
            {
                return false;
            }
            foreach (var c in field)
            {
                if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or ' ' or '.' or '#' or '/'))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>A Markdown table's row: a line that starts with '|' (after indentation) and holds another.</summary>
    private static bool MarkdownRow(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length > 1 && line[0] == '|' && line[1..].Contains('|');
    }

    /// <summary>A Markdown table's delimiter row (<c>| --- | :---: |</c>): pipes, dashes, colons and spaces only, a dash among them.</summary>
    private static bool MarkdownDelimiterRow(ReadOnlySpan<char> line) =>
        MarkdownRow(line) && line.Contains('-') && !line.ContainsAnyExcept("|-: \t");

    /// <summary>A Markdown delimiter row without its outer pipes (<c>---|:---:|---</c>): dashes, colons and spaces with pipes between.</summary>
    private static bool BareDelimiterRow(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length > 2 && line[0] != '|' && line.Contains('-') && line.Contains('|') && !line.ContainsAnyExcept("|-: \t");
    }

    /// <summary>
    /// A text table's rule line or border, as psql (<c>----+------</c>) and the MySQL client (<c>+----+------+</c>)
    /// print them: dashes with '+' joints, and '|' or ':' at most beside them.
    /// </summary>
    private static bool RuleRow(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length > 2 && line.Contains('-') && line.Contains('+') && !line.ContainsAnyExcept("-+|:=");
    }

    /// <summary>A list item: "- ", "* ", "• " or "1. " / "1) " at the start of the line, after indentation.</summary>
    private static bool IsListItem(ReadOnlySpan<char> line)
    {
        line = line.TrimStart();
        if (line.Length >= 2 && line[0] is '-' or '*' or '•' or '–' && line[1] == ' ')
        {
            return true;
        }
        var i = 0;
        while (i < line.Length && i < 3 && char.IsAsciiDigit(line[i]))
        {
            i++;
        }
        return i > 0 && i + 1 < line.Length && line[i] is '.' or ')' && line[i + 1] == ' ';
    }
}
