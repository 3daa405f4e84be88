namespace Aligners.Inference.Privacy;

/// <summary>
/// The column of a database client's text table named by the query above it, where the table shows no heading row of its
/// own: a row between the MySQL client's <c>+------+------+</c> borders (or psql's bars) right under
/// <c>mysql&gt; SELECT id, full_name, ssn FROM ...</c> holds its values in the order the SELECT lists its columns, so the
/// third cell is <c>ssn</c>'s. Read by position; a column's table prefix (<c>a.ssn</c>) and alias (<c>... AS ssn</c>) give its
/// name as the client would print it; <c>SELECT *</c> names nothing. <see cref="TextLayout"/> asks where no heading stands above.
/// </summary>
internal static class SelectColumns
{
    // How many lines of borders and rows may stand between the query and the value's row.
    private const int MaxLines = 40;

    /// <summary>The name the SELECT above gives the cell holding <paramref name="position"/>, or empty.</summary>
    public static ReadOnlySpan<char> Name(string text, int position)
    {
        var lineStart = LineBounds.Start(text, position);
        var lineEnd = LineBounds.End(text, position);
        var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd('\r');
        if (!line.TrimStart().StartsWith('|'))
        {
            return [];
        }
        // The cell's index: the bars before it, less the row's opening bar.
        var column = text.AsSpan(lineStart, position - lineStart).Count('|') - 1;
        var above = lineStart - 1;
        for (var lines = 0; above > 0 && lines < MaxLines; lines++)
        {
            var start = LineBounds.Start(text, above);
            var previous = text.AsSpan(start, above - start).Trim();
            if (previous.StartsWith('+') || previous.StartsWith('|'))
            {
                above = start - 1;
                continue;
            }
            return column >= 0 ? Listed(previous, column) : [];
        }
        return [];
    }

    /// <summary>The <paramref name="column"/>-th name of the SELECT's column list on <paramref name="query"/>, or empty.</summary>
    internal static ReadOnlySpan<char> Listed(ReadOnlySpan<char> query, int column)
    {
        var select = query.IndexOf("select ", StringComparison.OrdinalIgnoreCase);
        if (select < 0)
        {
            return [];
        }
        var list = query[(select + 7)..];
        var from = list.IndexOf(" from ", StringComparison.OrdinalIgnoreCase);
        list = from < 0 ? list.TrimEnd(';') : list[..from];
        var depth = 0;
        var index = 0;
        var itemStart = 0;
        for (var i = 0; i <= list.Length; i++)
        {
            var c = i < list.Length ? list[i] : ',';
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c != ',' || depth > 0)
            {
                continue;
            }
            if (index++ == column)
            {
                return NameOf(list[itemStart..i].Trim());
            }
            itemStart = i + 1;
        }
        return [];
    }

    // "a.ssn" is printed "ssn", "tax_no AS ssn" and "tax_no ssn" as "ssn"; "*" names nothing.
    private static ReadOnlySpan<char> NameOf(ReadOnlySpan<char> item)
    {
        var space = item.LastIndexOf(' ');
        var name = space >= 0 ? item[(space + 1)..] : item;
        var dot = name.LastIndexOf('.');
        name = (dot >= 0 ? name[(dot + 1)..] : name).Trim("`\"[]");
        return name.SequenceEqual("*") ? [] : name;
    }
}
