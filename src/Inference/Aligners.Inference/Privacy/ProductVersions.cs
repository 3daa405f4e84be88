namespace Aligners.Inference.Privacy;

/// <summary>
/// Places on a line where four dotted numbers are a product's version rather than an IPv4 address, asked by
/// <see cref="VersionContext"/>: right after a browser's or an application's name ("Firefox 8.31.2.907", "Chrome/6.1.0.44"),
/// as user agents and support forms write them, and right after a state word ("current", "available", "installed", "latest")
/// on a line that speaks of firmware, updates or releases ("Update available: ... (installed 2.8.1.3)"). A name or a state
/// word separated from the number by other words says nothing of it.
/// </summary>
internal static class ProductVersions
{
    /// <summary>How far either way the line is read for an update's words.</summary>
    private const int LineReach = 160;

    private static readonly ContextWords ProductNames = new(
        "chrome", "chromium", "firefox", "safari", "edge", "opera", "brave", "vivaldi", "msie", "internet explorer", "webview",
        "android webview", "electron", "thunderbird", "outlook", "excel", "zoom", "slack");

    private static readonly ContextWords StateWords = new(
        "current", "currently", "available", "installed", "latest", "aktuell", "verfügbar", "installiert",
        "actuelle", "disponible", "installée", "actual", "instalada", "huidige", "beschikbaar", "geïnstalleerd");

    private static readonly ContextWords UpdateWords = new(
        ["firmware", "update", "upgrade", "release", "version", "patch", "aktualisierung", "mise à jour", "actualización", "bijwerken"],
        insideIdentifiers: true);

    /// <summary>The number at <paramref name="start"/> follows a product's name with only spaces, a slash or a 'v' between.</summary>
    public static bool AfterProductName(string text, int lineStart, int start)
    {
        var before = text.AsSpan(lineStart, start - lineStart);
        var end = ProductNames.LastEnd(before);
        return end >= 0 && before[end..].Trim(" \t/vV").IsEmpty;
    }

    /// <summary>
    /// The number at <paramref name="start"/> follows a state word ("current", "available"), with only spaces, a colon or an
    /// opening bracket between, on a line whose words name firmware, an update or a release.
    /// </summary>
    public static bool AfterStateWord(string text, int lineStart, int start)
    {
        var before = text.AsSpan(lineStart, start - lineStart);
        var end = StateWords.LastEnd(before);
        if (end < 0 || !before[end..].Trim(" \t:(").IsEmpty)
        {
            return false;
        }
        // The whole line, not only the words just before the number, says whether it is an update notice.
        var from = lineStart;
        while (from > 0 && lineStart - from < LineReach && text[from - 1] != '\n')
        {
            from--;
        }
        var to = start;
        while (to < text.Length && to - start < LineReach && text[to] != '\n')
        {
            to++;
        }
        var line = text.AsSpan(from, to - from);
        return UpdateWords.Contains(line);
    }
}
