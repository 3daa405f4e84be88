using System.Text.RegularExpressions;

namespace Aligners.Inference.Privacy;

/// <summary>
/// Government identifiers, each with its own rules: US Social Security numbers (format rules of
/// the SSA: area not 000, 666 or 9xx, group not 00, serial not 0000), UK National Insurance numbers
/// (HMRC's prefix rules), Dutch BSNs (the 11-proof), Spanish DNI and NIE numbers (the control
/// letter), Swedish personnummer (a real date and the Luhn check; with its century, a real date of
/// that century; in ten digits without its hyphen only where its name labels it), France's NIR, Belgium's national register number and Finland's HETU (each a
/// birth date and a check over the number, <see cref="NationalIdChecks"/>). Most are short runs of
/// digits that also occur as other numbers, so all but the NINO count only with a word naming the
/// identifier or its issuer nearby ("SSN", "BSN", "DNI", "Documento", "personnummer",
/// "Skatteverket", "sécurité sociale", "rijksregisternummer", "henkilötunnus", or a generic
/// "national ID"), or once above many: as the heading of their CSV column or in the line that
/// introduces the list they are items of (<see cref="TextLayout"/>). A NINO counts on its own, more
/// surely with such a word. A DNI is also read as printed, with dots (35.564.798-J) or a space before its letter;
/// a DNI or NIE after one the text named counts too, and a BSN in three groups of three where its name labels it.
/// After a form's generic label ("ID number", "Ausweisnummer"), a value counts where its own format's check passes
/// (<see cref="GenericIdLabels"/>). Italy's codice fiscale, Norway's fødselsnummer, Poland's
/// PESEL and Denmark's CPR number are checked by <see cref="ItalianFiscalCode"/>, <see cref="NorwegianBirthNumber"/>,
/// <see cref="PolishPesel"/> and <see cref="DanishCpr"/>, Germany's Steuer-ID, Australia's TFN and Canada's SIN (only as its
/// value's label) by <see cref="TaxIdChecks"/>; the codice fiscale, like the NINO, counts on its own. In a
/// table under an "id" heading, a row's country cell (<c>| NO | ... |</c>) names the identifier of that country, as an item's own
/// country label does in a list under an introduction naming identifiers (<see cref="ListCountry"/>), and a bare country code
/// before the value or a record's country field does too (<see cref="CountryContext"/>); an SQL INSERT's column list names the
/// values it pairs with by position (<see cref="SqlInsert"/>); and code names a value's kind in its URL, in a comment above
/// it or in an error message that quotes it (<see cref="IdentifierMentions"/>). A value the text named once counts wherever
/// the text repeats it: a user's "my SSN is ..." quoted back in the answer is the same SSN.
/// </summary>
public sealed class NationalIdDetector : IPrivacyDetector
{
    // [0-9] rather than \d, which also matches other scripts' digits that the checks cannot read.
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    // A table's or a form's generic name for whichever identifier a row holds (national_id, "National ID").
    private static readonly string[] Generic = ["national id", "national_id", "national-id", "nationalid", "national identifier", "national identity number"];

    // A personnummer's names, as prose and as code's keys write them; declared before the rules, which read it (BankID's personalNumber, a register's pnr).
    private static readonly ContextWords SeNames = Named(
        "personnummer", "personnumret", "personnr", "pers.nr", "pers nr", "pnr", "personal identity number", "personal number", "personalnumber",
        "personal_number", "personal-number", "personalidentitynumber", "samordningsnummer", "skatteverket");

    private static readonly Rule[] Rules =
    [
        new("us-ssn", new Regex(@"\b([0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{3} [0-9]{2} [0-9]{4}|[0-9]{9})\b", Options), UsSsn,
            // A chat shortens it to "social" after a possessive ("my social is ..."); "social" alone also names media and events.
            Named("ssn", "social security", "ss#", "ss no", "soc sec", "soc. sec", "social sec", "my social", "your social", "his social", "her social",
                "their social"), WithoutContext: 0, "US", CheckDigit: false),
        new("uk-nino", new Regex(@"\b[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b", Options), UkNino,
            Named("national insurance", "nino", "ni number", "ni no", "nin", "hmrc"), WithoutContext: 0.85, "GB", CheckDigit: false),
        new("nl-bsn", new Regex(@"\b([0-9]{9}|[0-9]{4}\.[0-9]{2}\.[0-9]{3})\b", Options), NlBsn,
            // A Dutch passport prints the BSN as its "Persoonsnummer" (personal number), with dots or without.
            Named("bsn", "burgerservicenummer", "sofinummer", "citizen service number", "persoonsnummer"), WithoutContext: 0, "NL"),
        // Letters and forms also write it in three groups of three (123 456 782): only where the BSN's name labels it.
        new("nl-bsn", new Regex(@"\b([0-9]{3} [0-9]{3} [0-9]{3}|[0-9]{3}\.[0-9]{3}\.[0-9]{3}|[0-9]{3}-[0-9]{3}-[0-9]{3})\b", Options), NlBsn,
            Named("bsn", "burgerservicenummer", "sofinummer", "citizen service number", "persoonsnummer"), WithoutContext: 0, "NL", LabelOnly: true),
        // The control letter may follow a hyphen or, as forms and tables print it, a space (12345678 Z).
        new("es-dni", new Regex(@"\b([0-9]{8}[- ]?[A-Z]|[0-9]{2}\.[0-9]{3}\.[0-9]{3}-?[A-Z]|[XYZ]-?[0-9]{7}[- ]?[A-Z])\b", Options), NationalIdChecks.EsDni,
            Named("dni", "nie", "nif", "documento nacional", "documento", "d.n.i", "n.i.e", "identidad de extranjero", "extranjero"), WithoutContext: 0, "ES", Repeats: true),
        // With its century a personnummer may be written without its separator (198507123455), as registers and exports store it.
        new("se-personnummer", new Regex(@"\b(([0-9]{2})?[0-9]{6}[-+][0-9]{4}|(18|19|20)[0-9]{10})\b", Options), NationalIdChecks.SePersonnummer,
            SeNames, WithoutContext: 0, "SE"),
        // Ten digits alone (5811240513) are as often a phone or an order number: only where a personnummer's name labels them.
        new("se-personnummer", new Regex(@"\b[0-9]{10}\b", Options), NationalIdChecks.SePersonnummer, SeNames, WithoutContext: 0, "SE", LabelOnly: true),
        // 1 82 05 59 913 993 33: sex, year, month, department (2A, 2B in Corsica), commune, order, key.
        new("fr-nir", new Regex(@"\b[1-478] ?[0-9]{2} ?[0-9]{2} ?([0-9]{2}|2[AB]) ?[0-9]{3} ?[0-9]{3} ?[0-9]{2}\b", Options), NationalIdChecks.FrenchNir,
            // The health insurance's certificate calls it the "numéro d'immatriculation"; forms abbreviate it "n° SS".
            Named("sécurité sociale", "securite sociale", "secu", "sécu", "nir", "insee", "carte vitale", "social security", "immatriculation",
                "n° ss", "n°ss", "no ss", "nº ss", "numéro ss", "n° sécu"), WithoutContext: 0, "FR"),
        // 85.07.30-033.28, 850730 033 28 or 85073003328.
        new("be-national-number", new Regex(@"\b([0-9]{2}\.[0-9]{2}\.[0-9]{2}-[0-9]{3}\.[0-9]{2}|[0-9]{6}[- ]?[0-9]{3}[- .]?[0-9]{2})\b", Options),
            NationalIdChecks.BelgianNationalNumber,
            Named("rijksregisternummer", "rijksregister", "registre national", "numéro national", "national number", "national register", "insz", "niss", "inss", "nn", "rrn",
                // Forms abbreviate the name: "n° national", "Nationaal nummer", "RR-nr.", "Rijksreg.nr".
                "n° national", "nº national", "no national", "nationaal nummer", "rr-nr", "rr nr", "rijksreg. nr", "rijksreg.nr",
                // A French payslip's "N° INSS" (the social security's identification number, which is the national number).
                "n° inss", "n° niss", "nº inss", "nº niss", "numéro niss", "numéro inss"), WithoutContext: 0, "BE"),
        // 131052-308T: DDMMYY, the century sign, the individual number and the check character.
        new("fi-hetu", new Regex(@"\b[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]\b", Options), NationalIdChecks.FinnishHetu,
            Named("henkilötunnus", "hetu", "personal identity code", "personbeteckning", "sosiaaliturvatunnus", "sotu"), WithoutContext: 0, "FI"),
        // RSSMRA85T10A562S: surname, name, year, month letter, day, place, check letter; digits may be omocodia letters.
        // Its shape and check letter are distinctive enough to count without its name, as a NINO does.
        new("it-codice-fiscale", new Regex(@"\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b", Options),
            ItalianFiscalCode.Valid, Named("codice fiscale", "cod. fisc", "c.f.", "fiscal code", "tax code", "codice_fiscale"), WithoutContext: 0.85, "IT"),
        new("no-fodselsnummer", new Regex(@"\b[0-9]{6} ?[0-9]{5}\b", Options), NorwegianBirthNumber.Valid,
            Named("fødselsnummer", "fodselsnummer", "fødselsnummeret", "fodselsnummeret", "fødselsnr", "fnr", "f.nr", "d-nummer", "birth number", "personnummer"), WithoutContext: 0, "NO"),
        // Germany's tax identification number (IdNr), compact or as the tax office's letters group it (12 345 678 903).
        new("de-steuer-id", new Regex(@"\b([0-9]{11}|[0-9]{2} [0-9]{3} [0-9]{3} [0-9]{3})\b", Options), TaxIdChecks.GermanSteuerId,
            Named("steuer-id", "steuerid", "steuer_id", "steuer-idnr", "steuerliche identifikationsnummer", "identifikationsnummer", "idnr", "id-nr"),
            WithoutContext: 0, "DE"),
        new("au-tfn", new Regex(@"\b([0-9]{9}|[0-9]{3} [0-9]{3} [0-9]{3}|[0-9]{3}-[0-9]{3}-[0-9]{3})\b", Options), TaxIdChecks.AustralianTfn,
            Named("tfn", "tax file number", "tax file no"), WithoutContext: 0, "AU"),
        // "SIN" is also Spanish for "without" and French and Dutch write "NAS" for storage: only as the value's own label.
        new("ca-sin", new Regex(@"\b([0-9]{9}|[0-9]{3} [0-9]{3} [0-9]{3}|[0-9]{3}-[0-9]{3}-[0-9]{3})\b", Options), TaxIdChecks.CanadianSin,
            Named("sin", "social insurance number", "numéro d'assurance sociale", "nas"), WithoutContext: 0, "CA", LabelOnly: true),
        new("pl-pesel", new Regex(@"\b[0-9]{11}\b", Options), PolishPesel.Valid, Named("pesel"), WithoutContext: 0, "PL"),
        // No check digit since 2007: only a real date, so only with the CPR's name nearby.
        new("dk-cpr", new Regex(@"\b[0-9]{6}-?[0-9]{4}\b", Options), DanishCpr.Valid,
            Named("cpr", "cpr-nummer", "cpr-nr", "personnummer", "sundhedskort"), WithoutContext: 0, "DK", CheckDigit: false),
    ];

    /// <inheritdoc />
    public string Name => "national-id";

    /// <inheritdoc />
    public IEnumerable<PrivacyEntity> Detect(string text)
    {
        var found = new List<PrivacyEntity>();
        TextLayout? layout = null;
        foreach (var rule in Rules)
        {
            var named = false;
            // Values the text named, as their characters without separators: the same identifier quoted again elsewhere
            // ("my SSN is ..." and, in the answer, "the number you typed, ...") is still that identifier.
            HashSet<string>? namedValues = null;
            List<(int Index, int Length, string Value, int FoundAt)>? unnamed = null;
            foreach (var m in rule.Pattern.EnumerateMatches(text))
            {
                // A column's heading labels every value under it, as a label right before one does.
                var bsn = rule.Name == "nl-bsn" && BsnMentions.Holds(text, m.Index, text.AsSpan(m.Index, m.Length));
                if ((rule.LabelOnly && !bsn && !ValueLabels.LabelledBy(rule.Context, text, m.Index, sentence: true) && !NamedByColumn(rule, layout ??= TextLayout.Of(text), m.Index))
                    || !rule.Valid(text.AsSpan(m.Index, m.Length))
                    || NamedOtherwise(rule.Name, text, m.Index, layout ??= TextLayout.Of(text)))
                {
                    continue;
                }
                var confidence = rule.Context.Near(text, m.Index, m.Index + m.Length) ? 0.95
                    : NamedByHeading(rule.Context, layout ??= TextLayout.Of(text), m.Index) || NamedByColumn(rule, layout, m.Index) ? 0.9
                    // A second identifier of a kind whose name the text gave for the first ("tu NIE (...) ... el suyo es el ...").
                    : rule.Repeats && named ? 0.9
                    : TableCountry.Names(text, m.Index, rule.Country) || ListCountry.Names(text, layout ??= TextLayout.Of(text), m.Index, rule.Country)
                        || CountryContext.Names(text, m.Index, rule.Country) ? 0.9
                    : Mentioned(rule, text, m.Index, m.Index + m.Length, layout ??= TextLayout.Of(text)) ? 0.9
                    : GenericIdLabels.Name(text, m.Index, m.Length, rule.CheckDigit) ? 0.9
                    : rule.Name == "us-ssn" && TaxpayerLabels.Name(text, m.Index, m.Length) ? 0.9
                    // A DNI's control letter and a Spanish sentence around it name it without its name ("mis datos: ...").
                    : rule.Name == "es-dni" && UnlabelledDni.Counts(text, m.Index, m.Length) ? 0.85
                    : bsn ? 0.9
                    : rule.WithoutContext;
                named |= confidence >= 0.9;
                var value = Compact(text.AsSpan(m.Index, m.Length));
                if (confidence >= 0.9)
                {
                    (namedValues ??= new HashSet<string>(StringComparer.Ordinal)).Add(value);
                }
                else
                {
                    (unnamed ??= []).Add((m.Index, m.Length, value, confidence > 0 ? found.Count : -1));
                }
                if (confidence > 0)
                {
                    found.Add(new PrivacyEntity(PrivacyTypes.NationalId, m.Index, m.Length, rule.Name, confidence));
                }
            }
            if (namedValues is null || unnamed is null)
            {
                continue;
            }
            foreach (var (index, length, value, foundAt) in unnamed)
            {
                if (!namedValues.Contains(value))
                {
                    continue;
                }
                var entity = new PrivacyEntity(PrivacyTypes.NationalId, index, length, rule.Name, 0.9);
                if (foundAt >= 0)
                {
                    found[foundAt] = entity;
                }
                else
                {
                    found.Add(entity);
                }
            }
        }
        return found;
    }

    /// <summary>
    /// Code or a log names the value's kind apart from the words around it: in its URL's path or query, in a comment on
    /// the line above, or (for a format with a check digit, which a random number rarely passes) as the identifier field
    /// an error message quotes it under.
    /// </summary>
    private static bool Mentioned(Rule rule, string text, int start, int end, TextLayout layout) =>
        IdentifierMentions.NamedInUrl(text, start, end, rule.Context) || IdentifierMentions.NamedInCommentAbove(layout, start, rule.Context)
        || (rule.CheckDigit && IdentifierMentions.QuotedInError(text, start));

    /// <summary>
    /// A value in a table or a list is named once, above it: by its CSV column's heading
    /// (<c>ssn,first,last</c>) or by the line that introduces the list it is an item of.
    /// </summary>
    private static bool NamedByHeading(ContextWords names, TextLayout layout, int at) =>
        names.Contains(layout.ColumnHeading(at)) || names.Contains(layout.ListIntroduction(at));

    /// <summary>The column the value stands in is named for the identifier, by one of its names or by its country's code (<c>be_id</c>).</summary>
    private static bool NamedByColumn(Rule rule, TextLayout layout, int at) =>
        layout.ColumnHeading(at) is { IsEmpty: false } heading && (rule.Context.Contains(heading) || CountryIdColumns.Names(heading, rule.Country));

    /// <summary>
    /// The value's own label says it is something else: nine digits under a key or a column named for a
    /// bank's routing number (<c>"routing": "..."</c>, <c>aba,</c>, <c>RTN:</c>) are that, not an SSN; a NINO
    /// shown as a form's placeholder or an example ("e.g. ...", "placeholder text: ...") is no one's.
    /// </summary>
    private static bool NamedOtherwise(string rule, string text, int at, TextLayout layout) => rule switch
    {
        "us-ssn" => ValueLabels.LabelledBy(RoutingWords, text, at) || RoutingWords.Contains(layout.ColumnHeading(at)),
        "uk-nino" => ExampleWords.Contains(ClauseBefore(text, at)),
        _ => false,
    };

    private static readonly ContextWords RoutingWords = new(
        ["routing", "routing number", "routing_number", "routingnumber", "aba", "aba number", "rtn", "transit", "bank code"], insideIdentifiers: true);

    private static readonly ContextWords ExampleWords = new("placeholder", "example", "sample", "e.g.", "e.g", "eg.", "dummy", "such as");

    /// <summary>The text before <paramref name="at"/> on its line and in its sentence, at most 64 characters.</summary>
    private static ReadOnlySpan<char> ClauseBefore(string text, int at)
    {
        var from = at;
        while (from > 0 && at - from < 64 && text[from - 1] != '\n' && !(SentenceEnd(text, from - 1) && char.IsWhiteSpace(text[from])))
        {
            from--;
        }
        return text.AsSpan(from, at - from);
    }

    /// <summary>A sentence's end at <paramref name="i"/>: '!', '?', ';', or a '.' after a word, not after an abbreviation's single letter ("e.g.").</summary>
    private static bool SentenceEnd(string text, int i) =>
        text[i] is '!' or '?' or ';' || (text[i] == '.' && i >= 2 && char.IsLetter(text[i - 1]) && char.IsLetter(text[i - 2]));

    /// <summary>SSA format rules: area 001-899 but not 666, group 01-99, serial 0001-9999.</summary>
    internal static bool UsSsn(ReadOnlySpan<char> value)
    {
        Span<char> d = stackalloc char[9];
        if (NationalIdChecks.Digits(value, d) != 9)
        {
            return false;
        }
        var area = int.Parse(d[..3]);
        return area is not (0 or 666) && area < 900 && int.Parse(d[3..5]) != 0 && int.Parse(d[5..]) != 0;
    }

    /// <summary>
    /// HMRC's rules: the first letter is not D, F, I, Q, U or V; the second is not D, F, I, O, Q, U
    /// or V; the prefixes BG, GB, KN, NK, NT, TN and ZZ are never issued. HMRC's own example prefix
    /// QQ is never issued either, so it is no one's number, wherever a text writes it.
    /// </summary>
    internal static bool UkNino(ReadOnlySpan<char> value)
    {
        char a = value[0], b = value[1];
        return !"DFIQUV".Contains(a) && !"DFIOQUV".Contains(b)
            && value[..2] is not ("BG" or "GB" or "KN" or "NK" or "NT" or "TN" or "ZZ");
    }

    /// <summary>The 11-proof over the nine digits.</summary>
    internal static bool NlBsn(ReadOnlySpan<char> value)
    {
        Span<char> d = stackalloc char[9];
        return NationalIdChecks.Digits(value, d) == 9 && Checksums.ElevenProof(d);
    }

    /// <summary>The value's letters and digits, its separators left out: 123-45-6789 and 123 45 6789 are one number.</summary>
    private static string Compact(ReadOnlySpan<char> value)
    {
        Span<char> kept = stackalloc char[value.Length];
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                kept[n++] = c;
            }
        }
        return new string(kept[..n]);
    }

    // A name ending in "nummer" is also written with its abbreviation, "nr" ("Rijksregisternr.", "BSN-nr"): both name it.
    private static ContextWords Named(params string[] names) =>
        new([.. names.SelectMany(n => n.EndsWith("nummer", StringComparison.Ordinal) ? [n, n[..^6] + "nr"] : new[] { n }), .. Generic], insideIdentifiers: false);

    /// <summary>
    /// A rule: its pattern, check and names; its confidence without a name; the country that issues it (ISO 3166, as
    /// a table row's country cell names it); whether a later one counts once the text named an earlier one; whether its
    /// check includes a check digit or letter (the SSN's, the NINO's and the CPR's do not); whether it counts only where one of its
    /// names labels it, right before it with a key's marks between.
    /// </summary>
    private sealed record Rule(
        string Name, Regex Pattern, Validator Valid, ContextWords Context, double WithoutContext, string Country, bool Repeats = false, bool CheckDigit = true,
        bool LabelOnly = false);

    private delegate bool Validator(ReadOnlySpan<char> value);
}
