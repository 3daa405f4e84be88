namespace Aligners.Inference.Privacy;

/// <summary>
/// Whether four dotted numbers are a version (or a section number) rather than an IPv4 address,
/// from what stands around them on their line: a version word that labels them ("version",
/// "Mindestversion des Servers:", "upgrade path:"), a version-shaped neighbour (<c>v1.10.100.200</c>,
/// <c>1.10.x</c>), or a four-part number just judged a version that they continue (a list such as
/// <c>4.18.0.147 → 4.18.2.0 → 5.0.0.12</c>, or <c>4.3.2.1 ... and 4.3.2.2</c>), or an entry's place in a
/// changelog (the number opening a heading or a list item of a text that names itself one), or a line of
/// versions (<see cref="VersionLine"/>), or a place only versions take: inside a file or package name, or under a
/// plain-text table's version column (<see cref="VersionPlaces"/>), or
/// a line's value in a list of component versions (<see cref="ComponentList"/>). A word naming an
/// address nearer than any of these ("Src:", "inet", "host") makes it an address whatever the line
/// says elsewhere ("Internet Protocol Version 4, Src: 192.168.32.250"). One instance serves one
/// text, read from start to end; every question reads a bounded window.
/// </summary>
internal sealed class VersionContext(string text)
{
    private const int Reach = 48;

    /// <summary>Words that label a version: before a number on its line, or as its column's heading.</summary>
    internal static readonly ContextWords VersionWords = new(
        ["version", "ver", "versie", "versión", "versione", "versionshinweise", "build", "release", "releasenotes", "release notes", "changelog",
         "firmware", "assembly", "sdk", "runtime", "package", "oid", "section", "chapter", "§", "upgrade", "upgraded", "downgrade", "patch",
         "hotfix", "update"], insideIdentifiers: true);

    private static readonly ContextWords AddressWords = new(
        "ip", "ipv4", "address", "addr", "host", "src", "dst", "source", "destination", "inet", "gateway", "gw", "dns", "endpoint", "peer",
        "nameserver", "remote", "client ip", "server ip", "listen", "bind", "connect", "connected", "ping", "ssh");

    // Words naming a list of releases; read once per text, only when a number opens its line.
    private static readonly ContextWords ChangelogWords = new(
        "changelog", "change log", "release notes", "releases", "release history", "what's new", "änderungsprotokoll", "versionshinweise",
        "notes de version", "journal des modifications", "notas de la versión", "registro de cambios", "releaseopmerkingen", "wijzigingenlogboek",
        // A list of versions under its history's heading ("Version history:", "Versionsverlauf") is a changelog by another name.
        "version history", "versionsverlauf", "versionshistorie", "historique des versions", "historial de versiones", "versiegeschiedenis");

    private bool? changelog;

    private int lastVersionStart = -1;
    private int lastVersionEnd = -1;

    /// <summary>The four-part number at [<paramref name="start"/>, <paramref name="end"/>) is a version; remembered for the numbers after it.</summary>
    public bool IsVersion(int start, int end)
    {
        var lineStart = start;
        while (lineStart > 0 && start - lineStart < Reach && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }
        var before = text.AsSpan(lineStart, start - lineStart);
        var version = VersionWords.LastEnd(before);
        var address = AddressWords.LastEnd(before);
        if (address >= 0 && address > version)
        {
            return false;
        }
        var isVersion = (version >= 0 && !before[version..].ContainsAnyInRange('0', '9'))
            || VersionShapedNear(lineStart, start) || VersionShapedNear(end, LineEnd(end))
            || Continues(start) || OpensChangelogLine(lineStart, start) || UnderVersionHeading(start) || VersionLine.Holds(text, start, end)
            || VersionPlaces.InName(text, start, end) || VersionPlaces.InColumnHeaded(text, start, VersionWords)
            || ComponentList.Holds(text, start, end)
            || ProductVersions.AfterProductName(text, lineStart, start) || ProductVersions.AfterStateWord(text, lineStart, start);
        if (isVersion)
        {
            (lastVersionStart, lastVersionEnd) = (start, end);
        }
        return isVersion;
    }

    private int LineEnd(int from)
    {
        var to = from;
        while (to < text.Length && to - from < Reach && text[to] != '\n')
        {
            to++;
        }
        return to;
    }

    /// <summary>
    /// The number continues the last one judged a version on its line: it shares that one's first
    /// part (the same product's versions, the same document's sections), or only a list's connectors
    /// stand between ("→", "->", ",", "and", "or", "to").
    /// </summary>
    private bool Continues(int start)
    {
        if (lastVersionEnd < 0 || start - lastVersionEnd > Reach || text.AsSpan(lastVersionEnd, start - lastVersionEnd).Contains('\n'))
        {
            return false;
        }
        var firstPart = text.AsSpan(start).IndexOf('.');
        var previousFirstPart = text.AsSpan(lastVersionStart).IndexOf('.');
        if (text.AsSpan(start, firstPart).SequenceEqual(text.AsSpan(lastVersionStart, previousFirstPart)))
        {
            return true;
        }
        foreach (var range in text.AsSpan(lastVersionEnd, start - lastVersionEnd).SplitAny(" \t"))
        {
            var token = text.AsSpan(lastVersionEnd, start - lastVersionEnd)[range];
            if (!(token.IsEmpty || token is "→" or "->" or "=>" or "," or "and" or "or" or "to" or "then" or "und" or "et" or "en" or "y" or "/"))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A version-shaped token stands in [<paramref name="from"/>, <paramref name="to"/>): dotted numbers after a 'v' (v1.10.100.200) or ending in ".x" or ".*" (1.10.x).</summary>
    private bool VersionShapedNear(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsAsciiDigit(text[i - 1])))
            {
                continue;
            }
            var afterV = i > 0 && text[i - 1] is 'v' or 'V' && (i < 2 || !char.IsLetter(text[i - 2]));
            var k = i;
            var dots = 0;
            while (k < text.Length && (char.IsAsciiDigit(text[k]) || (text[k] == '.' && k + 1 < text.Length && (char.IsAsciiDigit(text[k + 1]) || text[k + 1] is 'x' or 'X' or '*'))))
            {
                dots += text[k] == '.' ? 1 : 0;
                k++;
            }
            var wildcard = k < text.Length && text[k] is 'x' or 'X' or '*' && text[k - 1] == '.';
            if (dots >= 1 && (afterV || wildcard))
            {
                return true;
            }
            i = k;
        }
        return false;
    }

    /// <summary>
    /// The number is a cell of a Markdown table whose column heading is a version word
    /// ("| Firmware |", "| Build |"): the heading says what the column holds. The table is read by
    /// <see cref="TextLayout"/>, laid out once per text when a number first asks.
    /// </summary>
    private bool UnderVersionHeading(int start)
    {
        layout ??= TextLayout.Of(text);
        return layout.InTableRow(start, '|') && VersionWords.Contains(layout.ColumnHeading(start));
    }

    private TextLayout? layout;

    /// <summary>
    /// The number opens its line, after at most a heading's or a list's marks ("## 2.4.10.1 (2025-10-30)",
    /// "- 2.4.9.12: ..."), in a text that names itself a changelog or release notes: each entry of such
    /// a list is a release, whether or not its line says "version". The text is searched for its word once.
    /// </summary>
    private bool OpensChangelogLine(int lineStart, int start)
    {
        if (start - lineStart > 8 || !text.AsSpan(lineStart, start - lineStart).Trim(" \t#-*[vV").IsEmpty)
        {
            return false;
        }
        changelog ??= ChangelogWords.Contains(text.AsSpan(0, Math.Min(text.Length, 4096)));
        return changelog.Value;
    }
}
