using System.Globalization;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Element symbols and atomic numbers wherever they stand: "gold (Au)", "Sodium: Na", "| Iron | Fe |",
/// "sodium is written S", "sodium is represented by So", "carbon has atomic number 6", "element 6 is nitrogen". Each symbol is
/// paired with its nearest element name; a symbol that is also a word ("In", "He", "I") counts only
/// in brackets or after a colon, dash or bar.
/// </summary>
internal static partial class SymbolClaims
{
    private static readonly HashSet<string> WordLike = ["I", "In", "As", "At", "Be", "He", "No", "Am", "Os", "Es", "Pa", "Ga", "Bi", "Ho", "Mo", "Re", "Po", "U", "Y", "W", "Ca", "Co", "Ne"];
    private static readonly string[] Cues = ["symbol", "written", "abbreviat", "stands for", "denoted", "represent", "shortened"];
    private static readonly string[] SymbolNamers =
        ["represented by", "symbol is", "symbol:", "written as", "abbreviated as", "abbreviated to", "abbreviation is", "denoted by", "denoted as", "shortened to", "symbolised by", "symbolized by"];

    public static IEnumerable<FactFinding> Check(ClaimContext context, FactTables tables)
    {
        var source = tables.Sources["elements"];
        var byNumber = tables.Keys.ElementsByNumber;
        var bySymbol = tables.Keys.ElementsBySymbol;
        var text = context.Answer.Text;
        foreach (var segment in context.Segments)
        {
            var names = context.In(segment, MentionKind.Element).ToList();
            if (names.Count == 0)
            {
                continue;
            }
            var cued = context.HasCueIn(Cues, segment) || context.HasCue(Cues, (0, 0));
            var symbols = new List<Mention>();
            foreach (var m in ClaimText.MatchesWithin(Token(), text[segment.Start..segment.End]))
            {
                var start = segment.Start + m.Index;
                var token = new Mention(MentionKind.Element, m.Value, start, m.Length);
                if (names.Any(n => n.Overlaps(token)))
                {
                    continue;
                }
                var marked = Marked(text, start, m.Length);
                var named = AfterCue(text, start);
                // A bracketed or listed token shaped like a symbol that is none ("iron (Fi)"), or one
                // the answer names as the symbol ("sodium is represented by So"), is a wrong symbol too.
                if (!bySymbol.ContainsKey(m.Value) && !(marked && m.Value.Length == 2 && !OpensSentence(text, start)) && !named)
                {
                    continue;
                }
                if (marked || named || (cued && !WordLike.Contains(m.Value)))
                {
                    symbols.Add(token);
                }
            }
            foreach (var finding in Judge(context, segment, names, symbols, n => byNumber[n].Symbol, n => $"the chemical symbol of {byNumber[n].Name}",
                         (n, s) => byNumber[n].Symbol == s, source))
            {
                yield return finding;
            }
            foreach (var finding in Numbers(context, segment, names, byNumber, source))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<FactFinding> Numbers(ClaimContext context, (int Start, int End) segment, List<Mention> names,
        IReadOnlyDictionary<string, ElementFact> byNumber, string source)
    {
        var folded = context.Answer.Folded;
        var numbers = new List<Mention>();
        foreach (var m in ClaimText.MatchesWithin(AtomicNumber(), folded[segment.Start..segment.End]))
        {
            var group = m.Groups["n"];
            numbers.Add(new Mention(MentionKind.Element, group.Value, segment.Start + group.Index, group.Length));
        }
        return Judge(context, segment, names, numbers, n => n, n => $"the atomic number of {byNumber[n].Name}", (n, v) => n == v, source);
    }

    private static IEnumerable<FactFinding> Judge(ClaimContext context, (int Start, int End) segment, List<Mention> names, List<Mention> values,
        Func<string, string> expected, Func<string, string> subject, Func<string, string, bool> isRight, string source)
    {
        if (values.Count == 0)
        {
            return [];
        }
        // A name in the value's own sentence first: "(Au). Ag is silver" pairs Ag with silver, not gold.
        var text = context.Answer.Text;
        var paired = values.GroupBy(v => names.OrderBy(n => SentenceBetween(text, n, v) ? 1 : 0).ThenBy(n => ClaimContext.Gap(n, v))
            .ThenBy(n => n.Start <= v.Start ? 0 : 1).First().Key);
        var findings = new List<FactFinding>();
        foreach (var group in paired)
        {
            var right = group.FirstOrDefault(v => isRight(group.Key, v.Key));
            if (right != default)
            {
                findings.Add(new FactFinding("element", FactVerdicts.Confirmed, subject(group.Key), right.Key, expected(group.Key), source));
            }
            else if (!context.Negated(segment))
            {
                var wrong = group.First();
                findings.Add(new FactFinding("element", FactVerdicts.Contradicted, subject(group.Key), context.Written(wrong), expected(group.Key), source, wrong.Start));
            }
        }
        return findings;
    }

    /// <summary>Whether a sentence ends between a name and a value.</summary>
    private static bool SentenceBetween(string text, Mention a, Mention b)
    {
        var (from, to) = a.Start < b.Start ? (a.End, b.Start) : (b.End, a.Start);
        if (from < 0 || to > text.Length || from >= to)
        {
            return false;
        }
        var between = text.AsSpan(from, to - from);
        return between.IndexOfAny(".!?\n") >= 0;
    }

    /// <summary>In brackets ("gold (Au)"), or after a colon, dash, bar or equals sign ("Gold: Au", "| Au |").</summary>
    private static bool Marked(string text, int start, int length)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        var after = text.AsSpan(start + length).TrimStart();
        if (before.Length > 0 && before[^1] == '(' && after.Length > 0 && after[0] is ')' or ',')
        {
            return true;
        }
        return before.Length > 0 && before[^1] is ':' or '–' or '—' or '|' or '=' or '-' && (before.Length < 2 || before[^2] != '-');
    }

    /// <summary>
    /// Right after words that name what follows as the symbol ("represented by", "its symbol is",
    /// "written as"), where even a token that is also a word ("He", "No") or no symbol at all ("So") is the claim.
    /// </summary>
    private static bool AfterCue(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(" *_\"'“‘".AsSpan());
        foreach (var cue in SymbolNamers)
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase) && (before.Length == cue.Length || !char.IsLetter(before[^(cue.Length + 1)])))
            {
                return true;
            }
        }
        return false;
    }

    private static bool OpensSentence(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or '\n';
    }

    [GeneratedRegex(@"\b[A-Z][a-z]?\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Token();

    // Read on the folded text: "atomic number 6", "atomic number of 6", "element 6", "element no. 6", "6 protons".
    [GeneratedRegex(@"\b(?:atomic number(?: is| of| =|:)?|atomic number of [a-z]+ is|element(?: number| no\.?)?)\s+(?<n>\d{1,3})\b|\b(?<n>\d{1,3}) protons\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AtomicNumber();
}
