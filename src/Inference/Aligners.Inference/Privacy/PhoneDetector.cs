using PhoneNumbers;

namespace Aligners.Inference.Privacy;

/// <summary>
/// Telephone numbers, found and validated by libphonenumber (Google's numbering-plan metadata): a
/// number must be one its country could assign, so dates, ISBNs and most order numbers do not
/// qualify. A number without "+" is read in the national format of each of <see cref="Regions"/>
/// in turn (the regions a deployment's users write from); others need their "+" country code.
/// </summary>
/// <remarks>
/// Rules on top of the library keep identifiers out unless a word such as "phone", "call",
/// "Telefon", "telefoonnummer" or "numéro" stands right before the number, nearer than any word
/// naming another number, or a signature's one-letter label does ("M: 06 ...", "T +31 ..."): a bare
/// run of digits (no "+", no separators) does not count, unless it stands alone on its line under a
/// person's name and is valid for a region; a number must be grouped the way its country writes numbers (libphonenumber's
/// <see cref="PhoneNumberUtil.Leniency.STRICT_GROUPING"/>, which refuses an OID such as
/// 1.3.6.1.4.1.5866.7 or an id such as 819360-7713 that VALID accepts); and a number right after a
/// word such as "order", "invoice", "tracking" or "part" does not count, nor one right after a '#'
/// (a colour, a ticket) or written in the shape of a US SSN (123-45-6789), a date (1991-10-04) or a
/// decimal number (0.45359237), phone word or not (<see cref="PhoneShapes"/>), nor dotted groups a contract,
/// policy, customer or order word labels, an airline ticket's number beside a ticket word, or the digits of an id
/// with a letter prefix (ORD-31415926) (<see cref="ReferenceShapes"/>). A number of a valid length that the
/// metadata does not list as assigned (the ranges regulators reserve for fiction and documentation,
/// such as +44 7700 900xxx) counts only with its "+" country code or a phone word: it is still a
/// phone number to whoever reads it.
/// </remarks>
public sealed class PhoneDetector : IPrivacyDetector
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    // The words read around a number (PhoneVocabulary).
    private static readonly ContextWords PhoneWords = PhoneVocabulary.PhoneWords;
    private static readonly ContextWords OtherNumberWords = PhoneVocabulary.OtherNumberWords;
    private static readonly ContextWords GenericNumberWords = PhoneVocabulary.GenericNumberWords;
    private static readonly ContextWords Conjunctions = PhoneVocabulary.Conjunctions;

    /// <summary>A detector reading national formats of <paramref name="regions"/> (ISO 3166 alpha-2), in order; none given: US.</summary>
    public PhoneDetector(params string[] regions)
    {
        Regions = regions.Length == 0 ? ["US"] : [.. regions.Distinct(StringComparer.Ordinal)];
        var unknown = Regions.Where(r => !Supports(r)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"unknown phone region(s): {string.Join(", ", unknown)}", nameof(regions));
        }
    }

    /// <summary>Whether libphonenumber's metadata knows <paramref name="region"/> (ISO 3166 alpha-2, upper case).</summary>
    public static bool Supports(string region) => Util.GetSupportedRegions().Contains(region);

    /// <summary>The regions (ISO 3166 alpha-2) whose national formats a number without "+" is read in, first match first.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>The first of <see cref="Regions"/>, in which allowed values written nationally are read.</summary>
    public string DefaultRegion => Regions[0];

    /// <inheritdoc />
    public string Name => "phone";

    /// <inheritdoc />
    public IEnumerable<PrivacyEntity> Detect(string text)
    {
        // Kept sorted by start and free of overlaps; each region's matches come in text order, so
        // one sweep over both lists finds a match that a region before this one already covers.
        var found = new List<PrivacyEntity>();
        TextLayout? layout = null;
        TextLayout Layout() => layout ??= TextLayout.Of(text);
        // A Dutch text's number may be Belgian: read last in Belgium's plan where the deployment reads the Netherlands' only.
        var belgian = Regions.Contains("NL") && !Regions.Contains("BE") && BelgianNumbers.MayHold(text);
        // A Swedish text's numbers are read last in Sweden's plan where the deployment does not read it (NordicNumbers).
        var swedish = !Regions.Contains("SE") && NordicNumbers.IsSwedish(text);
        IReadOnlyList<string> regions = [.. Regions, .. belgian ? ["BE"] : Array.Empty<string>(), .. swedish ? ["SE"] : Array.Empty<string>()];
        foreach (var region in regions)
        {
            var merged = new List<PrivacyEntity>(found.Count);
            var k = 0;
            foreach (var match in Util.FindNumbers(text, region, PhoneNumberUtil.Leniency.POSSIBLE, long.MaxValue))
            {
                var start = match.Start;
                var end = start + match.Length;
                while (k < found.Count && found[k].End <= start)
                {
                    merged.Add(found[k++]);
                }
                // A number the region before this one already found (every "+" number, for one).
                var previous = merged.Count > 0 ? merged[^1] : null;
                if ((k < found.Count && found[k].Start < end) || (previous is not null && previous.End > start)
                    || (belgian && region == "BE" && !BelgianNumbers.InDutch(text, start, match.RawString))
                    || Counts(text, region, match, Alternative(text, previous, start), Layout) is not { } confidence)
                {
                    continue;
                }
                var open = OpenBracket(match.RawString);
                merged.Add(new PrivacyEntity(PrivacyTypes.Phone, start + open, match.Length - open, Name, confidence));
            }
            merged.AddRange(found.Skip(k));
            found = merged;
        }
        // Numbers of other countries that a list item's country label or a text message's sender line names.
        foreach (var (start, end) in ForeignNumbers.Find(text))
        {
            if (!found.Exists(f => f.Start < end && start < f.End))
            {
                found.Add(new PrivacyEntity(PrivacyTypes.Phone, start, end - start, Name, 0.9));
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// The confidence of <paramref name="match"/> as a phone number of <paramref name="region"/>, or null where it does not count;
    /// <paramref name="alternative"/>: it follows a number a phone word named, as the next of a list ("0171 ..., or (+49 ...)").
    /// </summary>
    private static double? Counts(string text, string region, PhoneNumberMatch match, bool alternative, Func<TextLayout> layout)
    {
        var open = OpenBracket(match.RawString);
        var start = match.Start + open;
        var end = match.Start + match.Length;
        var raw = match.RawString[open..];
        // "#212121" is a colour, "#88412" a ticket; 123-45-6789 is the shape of a US SSN; 1991-10-04 a date (with its hour or not),
        // 0.45359237 a factor; digits glued to letters or further digits are part of a longer token (RR123456785GB, a tracking number);
        // a unit after the digits ("833 169 710 bytes") makes them a size or a count; a range of dates (01.–31.10.2026) is two dates; digits closed by a '#' are a code keyed in on a phone's keypad (a conference's "623 094 612#"), not a number to dial.
        if ((start > 0 && text[start - 1] == '#') || (end < text.Length && text[end] == '#') || SsnShaped(raw) || PhoneShapes.HoldsDate(text, end, raw) || DateRanges.Around(text, start, end) || PhoneShapes.IsDecimal(raw)
            || CompactTimestamps.Is(raw) || CompanyRegisters.BelgianEnterprise(text, start, raw) || PhoneShapes.IsIpv4(raw) || PhoneShapes.IsThreePartVersion(raw) || PhoneShapes.PartOfToken(text, start, end)
            || PhoneShapes.InPathSegment(text, start, end) || CompanyRegisters.Labels(text, start) || CompanyRegisters.AustralianCompany(text, start) || Quantities.UnitAfter(text, end)
            || PhoneShapes.InsideLetterCode(text, start, end) || PolishNip.Labelled(text, start, raw) || SlashedTaxNumbers.Labelled(text, start, end) || BsnMentions.Holds(text, start, raw)
            || VersionPlaces.InName(text, start, end) || VersionPlaces.InColumnHeaded(text, start, VersionContext.VersionWords)
            || ReferenceShapes.HasYearSuffix(raw) || ReferenceShapes.IsDottedReference(raw) || ReferenceShapes.TailOfLongerNumber(text, start)
            || ReferenceShapes.IsLabelledDottedReference(text, start, raw) || ReferenceShapes.IsAirlineTicket(text, start, raw)
            || ReferenceShapes.AfterLetterPrefix(text, start, PhoneWords))
        {
            return null;
        }
        // A CSV column headed "phone" or "Telefon" names every number in it; a cell of another column is read
        // under its own heading, and the heading line above it (within reach of the words before) names nothing.
        var inTable = layout().InTable(start);
        var column = inTable && layout().ColumnHeading(start) is { IsEmpty: false } heading && PhoneWords.Contains(heading);
        // A column headed "Order", "Invoice" or "Ticket" holds that kind of number in every row, whatever its shape.
        // A column headed as a date ("signup_date") holds dates, eight digits of YYYYMMDD included.
        if (inTable && !column && layout().ColumnHeading(start) is { IsEmpty: false } other && (OtherNumberWords.Contains(other) || DateColumns.Holds(other, raw)))
        {
            return null;
        }
        var phoneWord = alternative || column || PhoneWordBefore(text, start, lineOnly: inTable)
            || (PhoneShapes.SignatureLabel(text, start) && raw.Count(char.IsAsciiDigit) >= 7);
        // A draw's numbers, even after "numéros" or "numbers": a word naming a draw says whose they are.
        if (!column && PhoneShapes.IsNumberDraw(text, start, raw))
        {
            return null;
        }
        var international = raw.StartsWith('+');
        // Written nationally where numbers are dialled with a trunk prefix of 0 (Germany, France, the UK, ...), a number
        // without it is at most a local line, which needs a phone word and seven digits to be read as one: a German reading
        // finds a "valid" number in any six digits ("472746"), which are far more often a code than a line without its area code.
        if (!international && Util.GetNddPrefixForRegion(region, true) == "0" && !raw.TrimStart('(').StartsWith('0')
            && (!phoneWord || raw.Count(char.IsAsciiDigit) < 7))
        {
            return null;
        }
        if (!Util.IsValidNumber(match.Number))
        {
            // Possible but not assigned: fiction and documentation ranges, written as phone numbers: with
            // the "+" country code, compact (+447700900123) or grouped, or with a phone word and groups; in
            // a phone column, as the column writes them. A full number, not a local one that needs an area
            // code to dial (555-0199 on an internal line).
            return (international || (phoneWord && (HasSeparators(raw) || column)))
                && Util.IsPossibleNumberWithReason(match.Number) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE ? 0.75 : null;
        }
        if (raw.TrimStart('(').TrimEnd(')').All(char.IsAsciiDigit) && !phoneWord)
        {
            // A bare run of digits is an identifier, unless it stands alone under a name, as a signature gives a mobile number.
            return PhoneShapes.AloneUnderAName(text, start, end, OtherNumberWords) || SignatureNames.NameAndDash(text, start, end, OtherNumberWords) ? 0.85 : null;
        }
        // A mobile number with its country code or split by spaces is a phone number however its groups fall (+31 6 1234 5678).
        // Another number's word near before it, or labelling it from further off ("Código de acceso: ..."), says what it is.
        if (!phoneWord && (OtherNumberWords.Near(text, start, end, before: 16, after: 0) || OtherNumberWords.Labels(text, start)
            || !(GroupedAsWritten(raw, region) || MobileWritten(match, raw))))
        {
            return null;
        }
        return phoneWord ? 0.95 : international ? 0.9 : 0.85;
    }

    /// <summary>
    /// A phone word stands within 32 characters before <paramref name="start"/>, nearer than any
    /// word naming another number: in "numéro de commande 0612345678" the nearer word says what it is.
    /// A word that only means "number" ("número", "numéro") after another number's word is that
    /// number's: "Factura número 5153049", "Expediente número ...". With <paramref name="lineOnly"/> (a
    /// table's cell) only the cell's own line is read.
    /// </summary>
    private static bool PhoneWordBefore(string text, int start, bool lineOnly)
    {
        var from = Math.Max(0, start - 32);
        if (lineOnly)
        {
            from = Math.Max(from, text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1);
        }
        // A scanned form's label may be garbled ("Te1ephone"); it is read with its letters back.
        var window = OcrLabels.Clean(text.AsSpan(from, start - from)).AsSpan();
        var phone = PhoneWords.LastEnd(window);
        if (phone < 0)
        {
            return false;
        }
        var other = OtherNumberWords.LastEnd(window);
        // Ending where another number's word ends, the phone word holds it: "Caller ID" is a phone word, its "ID" no other number's.
        if (phone < other)
        {
            return false;
        }
        if (other < 0)
        {
            return true;
        }
        var between = window[other..phone].Trim(" \t:.-#");
        return !(GenericNumberWords.Contains(between) && between.Count(' ') == 0);
    }

    /// <summary>
    /// The number at <paramref name="start"/> is the next of a list or a parenthesised alternative of
    /// <paramref name="previous"/>, a number a phone word named: within 40 characters of it, in the
    /// same sentence, joined by a comma, a bracket, a slash or a conjunction, with at most four words
    /// and no digit or word naming another number between ("die alte (+49 ...)", "or 020 ..."); not
    /// "... quoting employee number 562999", which names a number of its own.
    /// </summary>
    private static bool Alternative(string text, PrivacyEntity? previous, int start)
    {
        if (previous is null || previous.Confidence < 0.95 || start - previous.End is < 1 or > 40)
        {
            return false;
        }
        var between = text.AsSpan(previous.End, start - previous.End);
        for (var i = 0; i < between.Length; i++)
        {
            var c = between[i];
            if (char.IsAsciiDigit(c) || c is '\n' or ';' || (c is '.' or '!' or '?' && (i + 1 == between.Length || char.IsWhiteSpace(between[i + 1]))))
            {
                return false;
            }
        }
        var words = 0;
        for (var i = 0; i < between.Length; i++)
        {
            words += char.IsLetter(between[i]) && (i == 0 || !char.IsLetter(between[i - 1])) ? 1 : 0;
        }
        return words <= 4 && (between.IndexOfAny(",(/|") >= 0 || Conjunctions.Contains(between)) && !OtherNumberWords.Contains(between);
    }

    /// <summary>
    /// A valid mobile number written with its "+" country code or digits and spaces alone; or any valid number written
    /// with its "+" country code and groups of digits split by spaces (+48 554 113 802), however its country groups them.
    /// </summary>
    private static bool MobileWritten(PhoneNumberMatch match, string raw) =>
        raw.TrimStart('+').All(c => char.IsAsciiDigit(c) || c == ' ')
        && (Util.GetNumberType(match.Number) == PhoneNumberType.MOBILE || (raw.StartsWith('+') && raw.Contains(' ')));

    /// <summary>
    /// 1 where <paramref name="raw"/> opens with a bracket it does not close: "(030 1234567" in "die alte
    /// (030 1234567)" or "(2024-06-10" in "1.2.0 (2024-06-10)". The bracket is the sentence's, not the
    /// number's, so it is neither reported nor let to hide the shape of a date.
    /// </summary>
    private static int OpenBracket(string raw) => raw.Length > 1 && raw[0] == '(' && !raw.Contains(')') ? 1 : 0;

    private static bool SsnShaped(string raw) =>
        raw.Length == 11 && raw[3] == '-' && raw[6] == '-' && raw.Where((c, i) => i is not (3 or 6)).All(char.IsAsciiDigit);

    private static bool HasSeparators(string raw) => raw.Any(c => c is ' ' or '-' or '.' or '(' or ')');

    /// <summary>libphonenumber finds the whole of <paramref name="raw"/> at strict grouping too.</summary>
    private static bool GroupedAsWritten(string raw, string region) =>
        Util.FindNumbers(raw, region, PhoneNumberUtil.Leniency.STRICT_GROUPING, long.MaxValue).Any(m => m.Start == 0 && m.Length == raw.Length);
}
