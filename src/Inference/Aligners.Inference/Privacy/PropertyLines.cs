namespace Aligners.Inference.Privacy;

/// <summary>
/// A value that is the whole right side of a properties or .env line (<c>db.password=Value.</c>, <c>export API_PASS=Value.</c>):
/// the line is a name with no spaces, '=' and the value, running to the line's end. Such a file holds no sentences, so
/// a final full stop there is the value's last character, not a sentence's end; in prose it stays the sentence's.
/// </summary>
internal static class PropertyLines
{
    // How far back the line's name is read.
    private const int MaxName = 80;

    /// <summary>
    /// Whether the value from <paramref name="start"/> to <paramref name="end"/> (before any trimming) follows a line's
    /// <c>name=</c> and runs to the line's end.
    /// </summary>
    public static bool WholeValue(string text, int start, int end)
    {
        var rest = end;
        while (rest < text.Length && text[rest] is ' ' or '\t' or '\r')
        {
            rest++;
        }
        if ((rest < text.Length && text[rest] != '\n') || start == 0 || text[start - 1] != '=')
        {
            return false;
        }
        var k = start - 1;
        while (k > 0 && start - k < MaxName && (char.IsAsciiLetterOrDigit(text[k - 1]) || text[k - 1] is '.' or '_' or '-'))
        {
            k--;
        }
        if (k == start - 1)
        {
            return false;
        }
        var line = text.AsSpan(0, k);
        var lineStart = line.LastIndexOf('\n') + 1;
        var lead = line[lineStart..].Trim();
        return lead.IsEmpty || lead.SequenceEqual("export");
    }
}
