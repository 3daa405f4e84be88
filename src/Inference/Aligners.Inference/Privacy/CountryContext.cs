namespace Aligners.Inference.Privacy;

/// <summary>
/// A value whose country the text states right at it, so that it is read with that country's
/// format and check: after a bare ISO 3166 code (<c>FI 131052-308T, DK ..., NO ...</c>, as forms and
/// exports list identifiers of several countries), or in a record whose country field names the
/// country (<c>{"country":"NO","id":"..."}</c>, <c>country=SE pid=...</c>) and whose key for the value
/// names an identifier, or as the first cell of a delimited row the value is a cell of (<c>FI|name|131052-308T</c>). A code must be written as one (two capitals, standing alone, nothing but a
/// space or a colon before the value); the value must still pass the country's rule, so the
/// context only says which rule reads it. Reads a bounded window around the value.
/// </summary>
internal static class CountryContext
{
    // How far a record (a JSON object's braces) is looked for around the value.
    private const int RecordReach = 240;

    // Keys a record gives its country under.
    private static readonly ContextWords CountryKeys = new(
        ["country", "country_code", "countrycode", "country-code", "issuing_country", "issuingcountry", "nationality", "land", "pays", "país", "pais"],
        insideIdentifiers: true);

    // A record's key for an identifier: "id", "national_id", "personal_number", "document", "tax_id", ...
    private static readonly ContextWords IdKeys = new(
        ["id", "ids", "identifier", "national_id", "nationalid", "personal_id", "personalid", "personal_number", "personalnumber", "document",
         "document_number", "documentnumber", "doc_number", "tax_id", "taxid", "tin", "pid", "nin", "national_number", "id_number", "idnumber"],
        insideIdentifiers: true);

    /// <summary>The value at <paramref name="at"/> is stated to be of <paramref name="country"/>, by a bare code before it or by its record.</summary>
    public static bool Names(string text, int at, string country) => AfterCode(text, at, country) || InRecord(text, at, country) || RowLedBy(text, at, country);

    // How far a row's start is looked for before the value.
    private const int RowReach = 160;

    /// <summary>
    /// The value is a cell of a delimited row ('|', ',', ';' or a tab) whose first cell is the country's code alone:
    /// "FI|name|131052-308T|...", as an export of several countries' people leads each row with its country.
    /// </summary>
    internal static bool RowLedBy(string text, int at, string country)
    {
        var lineStart = at;
        while (lineStart > 0 && at - lineStart < RowReach && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }
        if (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            return false;
        }
        var cellStart = at;
        while (cellStart > lineStart && text[cellStart - 1] is ' ' or '"')
        {
            cellStart--;
        }
        if (cellStart == lineStart || text[cellStart - 1] is not ('|' or ',' or ';' or '\t'))
        {
            return false;
        }
        var delimiter = text[cellStart - 1];
        var row = text.AsSpan(lineStart, cellStart - lineStart).TrimStart(" |");
        var first = row.IndexOf(delimiter);
        return first >= 0 && row[..first].Trim(" \"").SequenceEqual(country);
    }

    /// <summary>The country's code stands alone right before the value: "FI 131052-308T", "(NO: 15088312381".</summary>
    internal static bool AfterCode(string text, int at, string country)
    {
        var j = at;
        while (j > 0 && at - j < 3 && text[j - 1] is ' ' or ':' or '\u00a0')
        {
            j--;
        }
        return j < at && j >= 2 && text[j - 2] == country[0] && text[j - 1] == country[1]
            && (j == 2 || (!char.IsLetterOrDigit(text[j - 3]) && text[j - 3] is not ('.' or '-' or '_' or '/')));
    }

    /// <summary>The record holding the value has a country field that names <paramref name="country"/>, and an identifier's key labels the value.</summary>
    internal static bool InRecord(string text, int at, string country)
    {
        var (start, end) = Record(text, at);
        var key = KeyBefore(text, start, at);
        if (key.IsEmpty || IdKeys.LastEnd(key) != key.Length)
        {
            return false;
        }
        // A record gives its country once: the last country key in it says which.
        var record = text.AsSpan(start, end - start);
        var keyEnd = CountryKeys.LastEnd(record);
        if (keyEnd < 0)
        {
            return false;
        }
        var field = FieldValue(record[keyEnd..]);
        return field.Equals(country, StringComparison.OrdinalIgnoreCase) || ListCountry.NameOf(country, field);
    }

    /// <summary>The JSON object around <paramref name="at"/> (its braces, none nested between), or else its line.</summary>
    private static (int Start, int End) Record(string text, int at)
    {
        var open = at - 1;
        while (open >= 0 && at - open < RecordReach && text[open] is not ('{' or '}'))
        {
            open--;
        }
        var close = at;
        while (close < text.Length && close - at < RecordReach && text[close] is not ('{' or '}'))
        {
            close++;
        }
        if (open >= 0 && text[open] == '{' && close < text.Length && text[close] == '}')
        {
            return (open + 1, close);
        }
        // The line, no further than the reach each way, so a long line costs each value no more than a short one.
        var from = Math.Max(0, at - RecordReach);
        var lineStart = at > from ? text.LastIndexOf('\n', at - 1, at - from) + 1 : from;
        var to = Math.Min(text.Length, at + RecordReach);
        var lineEnd = text.IndexOf('\n', at, to - at);
        return (Math.Max(lineStart, from), lineEnd < 0 ? to : lineEnd);
    }

    /// <summary>The key right before a value (<c>"id":"</c>, <c>pid=</c>, <c>id: </c>), or empty.</summary>
    private static ReadOnlySpan<char> KeyBefore(string text, int start, int at)
    {
        var j = at;
        while (j > start && at - j < 6 && text[j - 1] is ' ' or '"' or '\'' or ':' or '=')
        {
            j--;
        }
        if (j == at || text.AsSpan(j, at - j).IndexOfAny(":=") < 0)
        {
            return [];
        }
        var end = j;
        while (j > start && end - j < 32 && (char.IsLetterOrDigit(text[j - 1]) || text[j - 1] is '_' or '-'))
        {
            j--;
        }
        return text.AsSpan(j, end - j);
    }

    /// <summary>
    /// The value of the field whose key ends where <paramref name="rest"/> starts: after ':' or '=', a quoted value up to
    /// its quote ("United Kingdom"), an unquoted one up to the next character that is no letter.
    /// </summary>
    private static ReadOnlySpan<char> FieldValue(ReadOnlySpan<char> rest)
    {
        var i = 0;
        var quoted = false;
        while (i < rest.Length && i < 6 && rest[i] is ' ' or '"' or '\'' or ':' or '=')
        {
            quoted |= rest[i] is '"' or '\'';
            i++;
        }
        if (i == 0 || rest[..i].IndexOfAny(":=") < 0)
        {
            return [];
        }
        var start = i;
        while (i < rest.Length && i - start < 32 && (char.IsLetter(rest[i]) || (quoted && rest[i] == ' ')))
        {
            i++;
        }
        return rest[start..i].Trim();
    }
}
