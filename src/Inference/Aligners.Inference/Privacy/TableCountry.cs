namespace Aligners.Inference.Privacy;

/// <summary>
/// A table row that says which country's identifier it holds: a cell of the row is the country's
/// ISO 3166 code (<c>| NO | 01010012345 | ... |</c>, <c>PL;...;</c>) and the table's first row names
/// an identifier ("id", "identifier", "document"). A KYC or HR export lists people of several
/// countries under one "id" column, and the row's country is then what names the number. Reads the
/// row and at most <see cref="MaxRows"/> rows above it.
/// </summary>
internal static class TableCountry
{
    private const int MaxRows = 50;

    private const int MaxRow = 1024;

    private static readonly ContextWords IdNames = new(
        "id", "identifier", "national id", "personal id", "id number", "document", "document number", "tax id", "personal number");

    /// <summary>The row holding <paramref name="at"/> has a cell that is <paramref name="country"/>, under a heading that names an identifier.</summary>
    public static bool Names(string text, int at, string country)
    {
        var (start, end) = LineAround(text, at);
        var row = text.AsSpan(start, end - start);
        var delimiter = Delimiter(row);
        if (delimiter == '\0' || !HasCell(row, delimiter, country))
        {
            return false;
        }
        // The table's first row: walk up while the lines above split by the same delimiter.
        var first = row;
        for (var rows = 0; rows < MaxRows && start > 0; rows++)
        {
            var (aboveStart, aboveEnd) = LineAround(text, start - 1);
            var above = text.AsSpan(aboveStart, aboveEnd - aboveStart);
            if (above.Count(delimiter) < 2)
            {
                break;
            }
            first = above;
            start = aboveStart;
        }
        return IdNames.Contains(first);
    }

    /// <summary>
    /// The line around <paramref name="at"/>, read no further than <see cref="MaxRow"/> characters each way: a longer line is
    /// no table's row, and a bounded look keeps each value's cost fixed however long its line runs.
    /// </summary>
    private static (int Start, int End) LineAround(string text, int at)
    {
        var from = Math.Max(0, at - MaxRow);
        var start = at > from ? text.LastIndexOf('\n', at - 1, at - from) + 1 : from;
        var to = Math.Min(text.Length, at + MaxRow);
        var end = text.IndexOf('\n', at, to - at);
        return (Math.Max(start, from), end < 0 ? to : end);
    }

    /// <summary>The delimiter splitting the row into three or more cells ('|', ',', ';' or tab), or '\0'.</summary>
    private static char Delimiter(ReadOnlySpan<char> row)
    {
        foreach (var c in (ReadOnlySpan<char>)['|', '\t', ';', ','])
        {
            if (row.Count(c) >= 2)
            {
                return c;
            }
        }
        return '\0';
    }

    private static bool HasCell(ReadOnlySpan<char> row, char delimiter, string country)
    {
        foreach (var range in row.Split(delimiter))
        {
            if (row[range].Trim().SequenceEqual(country))
            {
                return true;
            }
        }
        return false;
    }
}
