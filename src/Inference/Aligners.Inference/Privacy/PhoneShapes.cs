namespace Aligners.Inference.Privacy;

/// <summary>
/// Shapes around and of a phone-number candidate that libphonenumber does not judge: numbers that
/// are dates or decimals, the one-letter labels of a signature (<c>T +31 20 ...</c>, <c>M: 06 ...</c>),
/// and a number standing alone under a person's name. Each reads a bounded window around the candidate.
/// </summary>
internal static class PhoneShapes
{
    /// <summary>Letters a signature or a business card puts before a number: telephone, mobile, phone, fax, cell, office, home, work, direct.</summary>
    private const string LabelLetters = "TMPFCOHWD";

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "van", "der", "den", "von", "zu", "la", "le", "du", "da", "di", "del", "dos", "das", "y", "ten", "ter", "op", "'t", "bin", "al",
    };

    /// <summary>A date (1991-10-04, 04.10.1991, 10/04/1991): three digit groups split by one separator, a year at one end, a month and a day.</summary>
    public static bool IsDate(string raw)
    {
        var separator = raw.FirstOrDefault(c => !char.IsAsciiDigit(c));
        if (separator is not ('-' or '.' or '/') || raw.Any(c => !char.IsAsciiDigit(c) && c != separator))
        {
            return false;
        }
        var parts = raw.Split(separator);
        if (parts.Length != 3 || parts.Any(p => p.Length is 0 or > 4))
        {
            return false;
        }
        var (a, b, c) = (int.Parse(parts[0]), int.Parse(parts[1]), int.Parse(parts[2]));
        return parts[0].Length == 4 ? a is >= 1900 and <= 2099 && b is >= 1 and <= 12 && c is >= 1 and <= 31
            : parts[2].Length == 4 && c is >= 1900 and <= 2099 && parts[0].Length <= 2 && parts[1].Length <= 2
                && ((a is >= 1 and <= 31 && b is >= 1 and <= 12) || (a is >= 1 and <= 12 && b is >= 1 and <= 31));
    }

    /// <summary>
    /// A date, alone or with its time: the whole of <paramref name="raw"/> is a date, or one of its
    /// space-separated parts is (03.08.2026 20, the hour of 20:04 after it), or a time goes on right
    /// after it (<c>2026 20</c> before <c>:04</c>). A phone number holds no date.
    /// </summary>
    public static bool HoldsDate(string text, int end, string raw)
    {
        if (IsDate(raw))
        {
            return true;
        }
        if (raw.Contains(' ') && raw.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(IsDate))
        {
            return true;
        }
        // An hour glued to ":mm" is a time of day, and the digits before it a date's end.
        return end + 2 < text.Length && text[end] == ':' && char.IsAsciiDigit(text[end + 1]) && char.IsAsciiDigit(text[end + 2])
            && raw.Contains(' ') && raw[(raw.LastIndexOf(' ') + 1)..].Length <= 2;
    }

    /// <summary>
    /// The candidate is part of a longer token: a letter or a digit touches it on either side, as in
    /// a parcel's tracking number (RR123456785GB, 1Z999AA10123456784) or a serial. libphonenumber reads
    /// digits out of such a token; a phone number stands apart from the letters around it.
    /// </summary>
    public static bool PartOfToken(string text, int start, int end) =>
        (start > 0 && char.IsLetterOrDigit(text[start - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end]));

    /// <summary>
    /// The candidate is a segment of a URL or file path (<c>/api/orders/59604399</c>): a '/' opens it and
    /// the token before holds another '/', so it is one segment of several, and a '/', '?', '#' or the
    /// token's end closes it. A number written with an area code and a slash (<c>0511/123456</c>) has one slash.
    /// </summary>
    public static bool InPathSegment(string text, int start, int end)
    {
        if (start < 2 || text[start - 1] != '/' || (end < text.Length && !(char.IsWhiteSpace(text[end]) || text[end] is '/' or '?' or '#' or ')' or ',' or ';')))
        {
            return false;
        }
        for (var i = start - 2; i >= 0 && start - i < 200 && !char.IsWhiteSpace(text[i]); i--)
        {
            if (text[i] == '/')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// An IPv4 address's shape (169.254.169.254): four dotted groups of one to three digits, each 0-255,
    /// none with a leading zero. The address detector judges it; a phone number written with dots groups otherwise.
    /// </summary>
    public static bool IsIpv4(string raw)
    {
        var parts = raw.Split('.');
        return parts.Length == 4 && parts.All(p => p.Length is >= 1 and <= 3 && p.All(char.IsAsciiDigit) && (p.Length == 1 || p[0] != '0') && int.Parse(p) <= 255);
    }

    /// <summary>A decimal number (0.45359237, 3,785): digits with one '.' or ',' and nothing else.</summary>
    public static bool IsDecimal(string raw) =>
        raw.Count(c => c is '.' or ',') == 1 && raw.All(c => char.IsAsciiDigit(c) || c is '.' or ',') && raw[0] != '.' && raw[^1] is not ('.' or ',');

    /// <summary>
    /// A signature's one-letter label stands right before <paramref name="start"/>: "M: 06 12 34 56 78",
    /// "T. 020 ...", or, before an international number, "M +31 6 ...". The letter must begin its line
    /// or follow a separator ('|', '·', '•', '/'), so a letter ending a word or an initial ("M. Petit", "Kleppmann, M. (2017)") is no label.
    /// </summary>
    public static bool SignatureLabel(string text, int start)
    {
        var j = start;
        while (j > 0 && start - j < 3 && text[j - 1] is ' ' or '\t')
        {
            j--;
        }
        var marked = j > 0 && text[j - 1] is ':' or '.';
        if (marked)
        {
            j--;
        }
        else if (text[start] != '+' || j == start)
        {
            return false;
        }
        if (j == 0 || !LabelLetters.Contains(text[j - 1]))
        {
            return false;
        }
        j--;
        while (j > 0 && text[j - 1] is ' ' or '\t')
        {
            j--;
        }
        return j == 0 || text[j - 1] is '\n' or '|' or '·' or '•' or '/';
    }

    /// <summary>
    /// The number stands alone on its line and the line above is a person's name ("Sanne de Vries"):
    /// two to five words, each capitalised or a name particle, at least two capitalised: how a
    /// signature gives a mobile number without a label. A line holding one of <paramref name="notNames"/>
    /// ("Invoice Total", "Order Number") labels the number instead.
    /// </summary>
    public static bool AloneUnderAName(string text, int start, int end, ContextWords notNames)
    {
        var lineStart = start;
        while (lineStart > 0 && start - lineStart < 16 && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }
        var lineEnd = end;
        while (lineEnd < text.Length && lineEnd - end < 16 && text[lineEnd] != '\n')
        {
            lineEnd++;
        }
        if ((lineStart > 0 && text[lineStart - 1] != '\n') || (lineEnd < text.Length && text[lineEnd] != '\n')
            || !text.AsSpan(lineStart, start - lineStart).IsWhiteSpace() || !text.AsSpan(end, lineEnd - end).IsWhiteSpace() || lineStart < 2)
        {
            return false;
        }
        var aboveEnd = lineStart - 1;
        var aboveStart = aboveEnd;
        while (aboveStart > 0 && aboveEnd - aboveStart < 64 && text[aboveStart - 1] != '\n')
        {
            aboveStart--;
        }
        if (aboveStart > 0 && text[aboveStart - 1] != '\n')
        {
            return false;
        }
        var words = text[aboveStart..aboveEnd].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || notNames.Contains(text.AsSpan(aboveStart, aboveEnd - aboveStart)))
        {
            return false;
        }
        var capitalised = 0;
        foreach (var word in words)
        {
            if (word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => char.IsLower(c) || c is '-' or '\''))
            {
                capitalised++;
            }
            else if (!NameParticles.Contains(word))
            {
                return false;
            }
        }
        return capitalised >= 2;
    }

    // Words that introduce the drawn or listed numbers of a game, in the five languages.
    private static readonly ContextWords DrawWords = new(
        "draw", "drawn", "results", "result", "numbers", "winning", "lottery", "lotto", "jackpot", "bonus", "tirage", "loto", "numéros", "gagnants",
        "ziehung", "gezogen", "lottozahlen", "gewinnzahlen", "zahlen", "sorteo", "resultados", "números", "combinación", "trekking", "uitslag", "getallen");

    /// <summary>
    /// A list of small numbers, each of one or two digits, strictly rising ("04 11 23 35 41"), with a
    /// word naming a draw or its results earlier on the line: a lottery's numbers, not a number
    /// grouped in pairs as French numbers are. Reads the candidate and the line before it (at most 64 characters).
    /// </summary>
    public static bool IsNumberDraw(string text, int start, string raw)
    {
        var groups = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (groups.Length < 4 || groups.Any(g => g.Length is < 1 or > 2 || !g.All(char.IsAsciiDigit)))
        {
            return false;
        }
        for (var i = 1; i < groups.Length; i++)
        {
            if (int.Parse(groups[i]) <= int.Parse(groups[i - 1]))
            {
                return false;
            }
        }
        var from = start;
        while (from > 0 && start - from < 64 && text[from - 1] != '\n')
        {
            from--;
        }
        return DrawWords.Contains(text.AsSpan(from, start - from));
    }

    /// <summary>
    /// A version's shape: three dot-separated groups of one to three digits, seven digits in all at
    /// most, the first without a leading zero (3.11.4, 10.2.145). No numbering plan writes a whole number so short in three dotted groups.
    /// </summary>
    public static bool IsThreePartVersion(string raw)
    {
        var parts = raw.Split('.');
        return parts.Length == 3 && parts.All(p => p.Length is >= 1 and <= 3 && p.All(char.IsAsciiDigit)) && parts[0][0] != '0'
            && parts.Sum(p => p.Length) <= 7;
    }

    /// <summary>
    /// The candidate is the digits of a code bounded by letters, one space on each side: capitals before
    /// it and a single capital letter after it ("AB 12 34 56 C", as a NINO or a registration prints its
    /// digits). The letters make it one identifier; a phone number is not written between them.
    /// </summary>
    public static bool InsideLetterCode(string text, int start, int end) =>
        start >= 2 && text[start - 1] == ' ' && char.IsAsciiLetterUpper(text[start - 2])
        && end + 1 < text.Length && text[end] == ' ' && char.IsAsciiLetterUpper(text[end + 1])
        && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2]));
}
