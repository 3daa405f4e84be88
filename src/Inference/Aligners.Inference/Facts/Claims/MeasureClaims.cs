namespace Aligners.Inference.Facts;

/// <summary>
/// Numbers the knowledge holds (constants, common measures, anatomy counts): in a segment that names
/// the subject ("adult human") and asks for the number ("bones"), a count written next to the cue
/// ("312 bones") or a measure written with a unit of its quantity ("300,000 km/s", converted with
/// UnitsNet) is confirmed when some number there is right and contradicted otherwise.
/// </summary>
internal static partial class MeasureClaims
{
    /// <summary>The most characters between a count and its cue ("four chambers", "bones: 206", "bones is about 206").</summary>
    private const int CountReach = 24;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, UnitRef?> Units = new();

    public static IEnumerable<FactFinding> Check(ClaimContext context, FactTables tables, List<WrittenQuantity> quantities)
    {
        // A subject the whole answer does not name is named in none of its segments: looked up once, not per segment.
        var folded = context.Answer.Folded;
        var named = tables.Measures.Select(m => m.Subjects.Any(s => ClaimContext.HasWordStart(folded, s, 0, folded.Length))).ToArray();
        var asked = tables.Measures.Select(m => AskedMeasures.Asks(context.Prompt.Folded, m) || AskedMeasures.AsksCount(context.Prompt.Folded, m)).ToArray();
        if (!named.Contains(true) && !asked.Contains(true))
        {
            yield break;
        }
        foreach (var segment in context.Segments)
        {
            var inSegment = new List<WrittenQuantity>();
            foreach (var q in quantities)
            {
                if (q.Start >= segment.Start && q.End <= segment.End)
                {
                    inSegment.Add(q);
                }
            }
            if (inSegment.Count == 0 && !CountWord().IsMatch(context.Answer.Folded.AsSpan(segment.Start, segment.End - segment.Start)))
            {
                continue;
            }
            for (var i = 0; i < tables.Measures.Count; i++)
            {
                // Neither named in the answer nor asked in the prompt, a measure has no claim here.
                if ((named[i] || asked[i]) && Judge(context, segment, tables.Measures[i], inSegment, named[i], tables.Measures) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }

    private static FactFinding? Judge(ClaimContext context, (int Start, int End) segment, MeasureFact measure, List<WrittenQuantity> quantities, bool named,
        IReadOnlyList<MeasureFact> all)
    {
        // "It's faster in water, about 1,480 m/s": the segment gives another medium's value.
        if (measure.Others is { Count: > 0 } others && others.Any(o => ClaimContext.HasWordStart(context.Answer.Folded, o, segment.Start, segment.End)))
        {
            return null;
        }
        var borrowed = !named || !measure.Subjects.Any(s => ClaimContext.HasWordStart(context.Answer.Folded, s, segment.Start, segment.End))
            || !measure.Cues.Any(c => CueAt(context.Answer.Folded, measure, c, segment.Start, segment.End) >= 0);
        // A count written beside its cue may take its subject from the prompt; a value with a unit may take both.
        if (borrowed && !AskedMeasures.Borrows(context, segment, measure) && !AskedMeasures.BorrowsSubject(context, segment, measure, all))
        {
            return null;
        }
        var unit = measure.Unit.Length == 0 ? null : Units.GetOrAdd(measure.Unit, u => UnitCatalog.Named(Abbreviation(u)).FirstOrDefault());
        var claims = new List<(WrittenQuantity Written, double Value)>();
        // A value borrowed by its unit alone is the asked one only where its clause is said of nothing else.
        foreach (var q in quantities.Where(q => q.InRange
            && !(borrowed && OwnSubjects.Names(context.Answer.Folded, segment.Start, q.Start, context.Prompt.Folded, measure))))
        {
            if (unit is null)
            {
                if (q.Units.Count == 0 && !CalculationTerms.Holds(context.Answer.Text, q) && NextToCue(context, segment, q, measure))
                {
                    claims.Add((q, q.Value));
                }
            }
            else if (q.UnitOf(unit.Quantity) is { } written && written.Convert(q.Value, unit) is { } converted)
            {
                claims.Add((q, converted));
            }
        }
        if (unit is null)
        {
            claims.AddRange(CountWords(context, segment, measure).Select(q => (q, q.Value)));
            claims.Sort((a, b) => a.Written.Start.CompareTo(b.Written.Start));
        }
        if (claims.Count == 0)
        {
            return null;
        }
        // A right count anywhere in the segment ("which fuse into 206 in adults") confirms it.
        var right = claims.Concat(unit is null ? quantities.Where(q => q.Units.Count == 0).Select(q => (Written: q, q.Value)) : [])
            .FirstOrDefault(c => measure.Values.Any(v => Agrees(c.Value, v, ExactFigures.Tolerance(context.Answer.Folded, c.Written, measure))));
        // A range that holds the value ("36.1 to 37.2 °C") confirms it: its bounds are no claims of their own.
        right = right != default ? right : claims.FirstOrDefault(c => measure.Values.Any(v => ValueRanges.Holds(context.Answer.Text, quantities, c.Written, c.Value,
            x => unit is null ? x : c.Written.UnitOf(unit.Quantity)?.Convert(x, unit), v)));
        if (right != default)
        {
            return new FactFinding("measure", FactVerdicts.Confirmed, measure.Subject, right.Written.Number, Written(measure, measure.Values[0]), measure.Source);
        }
        if (context.Negated(segment))
        {
            return null;
        }
        var wrong = claims[0];
        var writtenUnit = unit is null ? null : wrong.Written.UnitOf(unit.Quantity);
        // "10 pairs of ribs" counts pairs: the right count is the measure's count of pairs (12, not 24).
        var first = PairsAfter(context.Answer.Folded, wrong.Written.End) && measure.Values.Any(v => v * 2 == measure.Values[0]) ? measure.Values[0] / 2 : measure.Values[0];
        var expected = writtenUnit is null ? first : unit!.Convert(first, writtenUnit) ?? first;
        if (unit is null)
        {
            // A count is corrected with its noun's number, or flagged alone where the sentence cannot be rewritten whole.
            var whole = CountNouns.Correction(context.Answer.Text, context.Answer.Folded, wrong.Written.Start, wrong.Written.Number, wrong.Value,
                expected, Written(measure, expected), measure.Cues);
            return whole is { } w
                ? new FactFinding("measure", FactVerdicts.Contradicted, measure.Subject, w.Claim, w.Expected, measure.Source, w.Start)
                : new FactFinding("measure", FactVerdicts.Contradicted, measure.Subject, wrong.Written.Number, Written(measure, expected), measure.Source);
        }
        return new FactFinding("measure", FactVerdicts.Contradicted, measure.Subject, wrong.Written.Number, Written(measure, expected), measure.Source, wrong.Written.Start);
    }

    /// <summary>
    /// Counts written as words right before a cue: "no moons" (none), "a single moon" (one), with
    /// at most one describing word between ("no known moons"). "No other moons" or "no more" compare
    /// rather than count, and "no" counts only before a plural ("no moon is larger" counts nothing).
    /// </summary>
    private static IEnumerable<WrittenQuantity> CountWords(ClaimContext context, (int Start, int End) segment, MeasureFact measure)
    {
        var folded = context.Answer.Folded;
        foreach (var m in ClaimText.MatchesWithin(CountWord(), folded[segment.Start..segment.End]))
        {
            var word = m.Groups["w"];
            var none = word.Value == "no";
            var at = segment.Start + m.Index + m.Length;
            if (!CueStartsAt(folded, measure, at, segment.End, none))
            {
                // One describing word may stand between: "no known moons", "a single large moon".
                var wordEnd = at;
                while (wordEnd < segment.End && char.IsLetter(folded[wordEnd]))
                {
                    wordEnd++;
                }
                var next = wordEnd;
                while (next < segment.End && folded[next] == ' ')
                {
                    next++;
                }
                if (wordEnd == at || next == wordEnd || NotCounting.Contains(folded[at..wordEnd]) || !CueStartsAt(folded, measure, next, segment.End, none))
                {
                    continue;
                }
            }
            var start = segment.Start + word.Index;
            yield return new WrittenQuantity(none ? 0 : 1, start, context.Answer.Text.Substring(start, word.Length), start + word.Length, []);
        }
    }

    /// <summary>Whether one of the measure's cues starts at <paramref name="at"/> as a whole word (a plural one where <paramref name="plural"/>).</summary>
    private static bool CueStartsAt(string folded, MeasureFact measure, int at, int end, bool plural) =>
        measure.Cues.Any(c =>
        {
            if (at + c.Length > end || string.CompareOrdinal(folded, at, c, 0, c.Length) != 0)
            {
                return false;
            }
            // The cue as written, or its plural ("natural satellite" in "no natural satellites").
            var after = at + c.Length;
            var s = after < end && folded[after] == 's' ? 1 : 0;
            return (after + s == folded.Length || !char.IsLetter(folded[after + s])) && (!plural || s == 1 || c.EndsWith('s'));
        });

    private static readonly HashSet<string> NotCounting = ["other", "more", "further", "additional", "extra", "such", "larger", "bigger", "smaller", "less", "fewer"];

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<w>no|a single|a lone)\s+",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.NonBacktracking)]
    private static partial System.Text.RegularExpressions.Regex CountWord();

    private static string Abbreviation(string unitName) => unitName switch
    {
        "MeterPerSecond" => "m/s",
        "MeterPerSecondSquared" => "m/s²",
        "DegreeCelsius" => "°C",
        "Kelvin" => "K",
        "Meter" => "m",
        "Year365" => "years",
        "Second" => "seconds",
        _ => unitName,
    };

    /// <summary>Whether "pairs" follows a count ("10 pairs of ribs").</summary>
    private static bool PairsAfter(string folded, int end) =>
        end <= folded.Length && folded.AsSpan(end).TrimStart(' ').StartsWith("pair", StringComparison.Ordinal);

    private static bool Agrees(double claimed, double expected, double tolerance) =>
        tolerance == 0 ? claimed == expected : Math.Abs(claimed - expected) <= Math.Abs(expected) * tolerance;

    /// <summary>
    /// The right value as a correction writes it: a count or a value defined to two decimals whole
    /// (−273.15 °C, −459.67 °F), for rounding a defined value to one decimal ("273.2") states a
    /// second figure the reader may take for it; a value of more decimals (π, 9.80665) rounded.
    /// </summary>
    private static string Written(MeasureFact measure, double value) =>
        measure.Tolerance == 0 || Math.Abs(value - Math.Round(value, 2)) < 1e-9 * Math.Max(1, Math.Abs(value))
            ? Math.Round(value, 2).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)
            : ClaimText.Format(value);

    /// <summary>Whether a count stands right before a cue ("206 bones") or right after one ("bones: 206", "bones is about 206").</summary>
    private static bool NextToCue(ClaimContext context, (int Start, int End) segment, WrittenQuantity q, MeasureFact measure)
    {
        var folded = context.Answer.Folded;
        foreach (var cue in measure.Cues)
        {
            var after = CueAt(folded, measure, cue, q.End, Math.Min(segment.End, q.End + CountReach + cue.Length));
            if (after >= 0 && Plain(folded, q.End, after))
            {
                return true;
            }
            var from = Math.Max(segment.Start, q.Start - CountReach - cue.Length);
            var before = LastCueAt(folded, measure, cue, from, q.Start);
            if (before >= 0 && Plain(folded, before + cue.Length, q.Start))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where the cue first stands between the bounds as a word of its own, or -1. A cue inside one of
    /// the measure's names (<see cref="MeasureFact.Names"/>) is not one: "states" in "the United
    /// States" names the country, it does not count its states, so a year or a rank beside it is no count.
    /// </summary>
    private static int CueAt(string folded, MeasureFact measure, string cue, int from, int to)
    {
        for (var at = ClaimContext.FirstWordStart(folded, cue, from, to); at >= 0; at = ClaimContext.FirstWordStart(folded, cue, at + 1, to))
        {
            if (!InsideName(folded, measure, at, cue.Length))
            {
                return at;
            }
        }
        return -1;
    }

    /// <summary>Where the cue last stands between the bounds as a word of its own, outside the measure's names, or -1.</summary>
    private static int LastCueAt(string folded, MeasureFact measure, string cue, int from, int to)
    {
        var last = -1;
        for (var at = CueAt(folded, measure, cue, from, to); at >= 0; at = CueAt(folded, measure, cue, at + 1, to))
        {
            last = at;
        }
        return last;
    }

    private static bool InsideName(string folded, MeasureFact measure, int at, int length)
    {
        foreach (var name in measure.Names ?? [])
        {
            var from = Math.Max(0, at + length - name.Length);
            var to = Math.Min(folded.Length, at + name.Length);
            var found = ClaimContext.FirstWordStart(folded, name, from, to);
            if (found >= 0 && found <= at && found + name.Length >= at + length)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the text between holds words and a colon only: no number, no end of a clause, and no
    /// operator, for a number an operator joins to the cue is a term of a calculation ("π × 9"), not the value.
    /// </summary>
    private static bool Plain(string folded, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsDigit(folded[i]) || folded[i] is '.' or ',' or ';' or '(' or ')' or '×' or '*' or '/' or '÷' or '+' or '−' or '^' or '·')
            {
                return false;
            }
        }
        return true;
    }
}
