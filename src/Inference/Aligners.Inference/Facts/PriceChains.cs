using System.Globalization;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Everyday money sums asked in the prompt and answered in a chain of steps, checked on the answer's
/// result against the prompt's own numbers: a tip, tax or service charge added to a bill (or a
/// discount taken off a price) and the total stated ("your total is $64.40"); a bill split among
/// people, counted in digits or words ("4 of us", "five friends", "three ways"), and the share
/// stated ("$37.50 each"); the percentage change from an old price to a new one ("from $80 to $60"
/// is 25%). The prompt must hold exactly the numbers the sum needs, so a question the rule cannot
/// read whole is left to the other checks. A chain the answer rounds on purpose ("round up") is not judged.
/// </summary>
internal static partial class PriceChains
{
    private const string Source = "computed";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    private const string Number = @"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";

    private static readonly Dictionary<string, int> Counts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["both"] = 2,
    };

    public static IEnumerable<FactFinding> Check(string prompt, string answer)
    {
        if (prompt.Length == 0 || answer.Length == 0 || ClaimText.HasAny(answer, ["round up", "rounded up", "rounding up", "round it up", "round down", "rounding down"]))
        {
            return [];
        }
        var amounts = MatchesOf(Money(), prompt).Select(m => Parse(m.Groups["n"].Value)).ToList();
        var percents = MatchesOf(Percent(), prompt).Select(m => Parse(m.Groups["n"].Value)).ToList();
        if (amounts.Count == 1 && People(prompt) is { } people)
        {
            return Split(prompt, answer, amounts[0], percents, people);
        }
        if (amounts.Count == 1 && percents.Count == 1)
        {
            return Total(prompt, answer, amounts[0], percents[0]);
        }
        if (amounts.Count == 2 && percents.Count == 0 && ClaimText.HasAny(prompt, ["percent", "percentage", "%"])
            && MatchesOf(FromTo(), prompt) is [var change])
        {
            return Change(answer, Parse(change.Groups["a"].Value), Parse(change.Groups["b"].Value));
        }
        return [];
    }

    /// <summary>A tip, tax or charge added to <paramref name="bill"/>, or a discount taken off it, and the total the answer states.</summary>
    private static IEnumerable<FactFinding> Total(string prompt, string answer, double bill, double percent)
    {
        var off = Reduction().IsMatch(prompt);
        if (!off && !Addition().IsMatch(prompt))
        {
            return [];
        }
        var expected = off ? bill * (1 - percent / 100) : bill * (1 + percent / 100);
        // "the total tip is $8.40" states a step, not the total.
        // A percentage after the words ("the sale price is 35% off") is the rate, not the total.
        var claims = Results(answer, MatchesOf(TotalClaim(), answer).Where(m => !Step().IsMatch(m.Value) && !RateAfter(answer, m.Groups["c"])).Select(m => m.Groups["c"]));
        var subject = off ? $"{Money(bill)} less {Show(percent)}%" : $"{Money(bill)} plus {Show(percent)}%";
        return Judge(claims, expected, subject, Money);
    }

    /// <summary>
    /// <paramref name="bill"/> shared by the people the prompt counts, with the prompt's tip where it
    /// adds one, and the share the answer states. "3 friends" may or may not count the asker: either
    /// share is right unless the asker counts themselves in ("me and 3 friends"), and a wrong one is
    /// corrected only then.
    /// </summary>
    private static IEnumerable<FactFinding> Split(string prompt, string answer, double bill, List<double> percents, (int Count, bool PlusAsker) people)
    {
        if (!ClaimText.HasAny(prompt, ["each", "per person", "per head", "apiece", "split", "share", "divide", "owe"]))
        {
            return [];
        }
        var claims = Results(answer, MatchesOf(ShareClaim(), answer).Select(m => m.Groups["c"].Success ? m.Groups["c"] : m.Groups["d"]));
        var asker = people.PlusAsker && Asker().IsMatch(prompt);
        var count = asker ? people.Count + 1 : people.Count;
        int[] counts = people.PlusAsker && !asker ? [people.Count, people.Count + 1] : [count];
        var tip = percents.Count == 1 && Addition().IsMatch(prompt) && !ClaimText.HasAny(prompt, ["including", "included", "with tip", "with the tip"])
            ? percents[0] : 0;
        // A share with the tip, or the share of the bill before it: either is a right step.
        var right = counts.SelectMany(n => new[] { bill / n, bill * (1 + tip / 100) / n }).ToList();
        if (claims.Count == 0 || count < 2)
        {
            return [];
        }
        var subject = tip > 0 ? $"{Money(bill)} plus {Show(tip)}% split {count} ways" : $"{Money(bill)} split {count} ways";
        var expected = bill * (1 + tip / 100) / count;
        if (claims.Any(c => right.Any(r => Agrees(c.Value, r))))
        {
            return [new FactFinding("arithmetic", FactVerdicts.Confirmed, subject, Money(expected), Money(expected), Source)];
        }
        return people.PlusAsker && !asker ? [] : Judge(claims, expected, subject, Money);
    }

    /// <summary>The percentage change from <paramref name="old"/> to <paramref name="now"/>, and the percentage the answer states.</summary>
    private static IEnumerable<FactFinding> Change(string answer, double old, double now)
    {
        if (old == 0 || old == now)
        {
            return [];
        }
        var expected = Math.Abs(now - old) / old * 100;
        // The share still paid ("you pay 75% of the original") is a step, not the change.
        var ratio = now / old * 100;
        var claims = MatchesOf(Percent(), answer).Select(m => (m.Groups["n"].Value, m.Groups["n"].Index))
            .Where(g => !Agrees(g.Value, ratio) || Agrees(g.Value, expected)).ToList();
        var subject = $"the percentage change from {Money(old)} to {Money(now)}";
        return Judge(claims, expected, subject, v => Show(Math.Round(v, 1)), every: false);
    }

    /// <summary>Confirmed where any stated result agrees with <paramref name="expected"/>; else the stated ones (or the first) are contradicted.</summary>
    private static IEnumerable<FactFinding> Judge(List<(string Value, int Index)> claims, double expected, string subject, Func<double, string> write, bool every = true)
    {
        if (claims.Count == 0 || !ClaimText.InRange(expected))
        {
            return [];
        }
        if (claims.Any(c => Agrees(c.Value, expected)))
        {
            return [new FactFinding("arithmetic", FactVerdicts.Confirmed, subject, write(expected), write(expected), Source)];
        }
        // Every stated result is wrong: each is corrected, so the working and the conclusion agree;
        // a percentage is stated once, and the others beside it are other steps.
        return claims.Take(every ? claims.Count : 1).DistinctBy(c => c.Index)
            .Select(c => new FactFinding("arithmetic", FactVerdicts.Contradicted, subject, c.Value, write(expected), Source, c.Index)).ToList();
    }

    /// <summary>
    /// The stated results: a number that opens a sum ("the total is $86 + $17.20 = $103.20") is its
    /// first term, and the result is what follows the sum's equals sign on the same line; a sum with
    /// no result states none.
    /// </summary>
    private static List<(string Value, int Index)> Results(string answer, IEnumerable<Group> stated)
    {
        var results = new List<(string Value, int Index)>();
        foreach (var g in stated)
        {
            var after = answer.AsSpan(g.Index + g.Length).TrimStart(" *_");
            if (after.Length == 0 || after[0] is not ('+' or '-' or '−' or '×' or '*' or 'x' or '/' or '÷'))
            {
                results.Add((g.Value, g.Index));
                continue;
            }
            // The sum ends with its sentence: a later step on the same line ("Split four ways: $69 ÷ 4 = $17.25")
            // has its own result.
            var lineEnd = answer.IndexOf('\n', g.Index);
            var line = answer[(g.Index + g.Length)..(lineEnd < 0 ? answer.Length : lineEnd)];
            if (SentenceStop().Match(line) is { Success: true } stop)
            {
                line = line[..stop.Index];
            }
            if (ClaimText.MatchesWithin(SumResult(), line) is [.., var result])
            {
                results.Add((result.Groups["c"].Value, g.Index + g.Length + result.Groups["c"].Index));
            }
        }
        return results;
    }

    /// <summary>
    /// Whether a written sum is the expected one: a sum written to the cent ("$97.60") is exact
    /// working and may differ from it by rounding only, not by the percent a rounded figure may
    /// ("about $97"); other figures as <see cref="ClaimText.Agrees"/> judges them.
    /// </summary>
    private static bool Agrees(string written, double expected)
    {
        var v = Parse(written);
        if (!ClaimText.InRange(v))
        {
            return false;
        }
        var dot = written.IndexOf('.', StringComparison.Ordinal);
        return dot >= 0 && written.Length - dot - 1 == 2
            ? Math.Abs(v - expected) <= Math.Max(0.051, Math.Abs(expected) * 0.002)
            : ClaimText.Agrees(v, expected, dot < 0);
    }

    private static bool RateAfter(string answer, Group number)
    {
        var after = answer.AsSpan(number.Index + number.Length).TrimStart(' ');
        return after.StartsWith("%") || after.StartsWith("percent", StringComparison.OrdinalIgnoreCase) || after.StartsWith("per cent", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// How many people share the bill ("4 of us", "five people", "split three ways", "among 6"), and
    /// whether they are others the asker may join ("3 friends"); null where the prompt gives no one count.
    /// </summary>
    private static (int Count, bool PlusAsker)? People(string prompt)
    {
        // "discounted by 15%" is a rate, not fifteen people.
        var counts = MatchesOf(PeopleCount(), prompt).Where(m => !RateAfter(prompt, m.Groups["n"]))
            .Select(m => (Count: Counts.TryGetValue(m.Groups["n"].Value, out var w) ? w : int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0,
                PlusAsker: m.Groups["others"].Success))
            .Distinct().ToList();
        return counts is [var one] && one.Count > 0 ? one : null;
    }

    private static IReadOnlyList<Match> MatchesOf(Regex pattern, string text) => ClaimText.MatchesWithin(pattern, text);

    private static double Parse(string raw) => double.Parse(raw.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A sum of money as an answer writes it: cents where there are any.</summary>
    private static string Money(double value) => Math.Round(value, 2) % 1 == 0
        ? Math.Round(value, 2).ToString("0", CultureInfo.InvariantCulture)
        : Math.Round(value, 2).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Show(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    // "$56", "56 dollars", "£12.50", "€80", "40 euros", "USD 30".
    [GeneratedRegex(@"(?:[$£€¥]|\b(?:usd|eur|gbp)\s?)\s?(?<n>" + Number + @")|\b(?<n>" + Number + @")\s?(?:dollars?|euros?|pounds?|bucks|quid|usd|eur|gbp)\b", Options)]
    private static partial Regex Money();

    // "from $80 to $60", "from 80 dollars down to 60".
    [GeneratedRegex(@"\bfrom\s+[$£€]?\s?(?<a>" + Number + @")(?:\s?(?:dollars|euros|pounds|bucks))?\s+(?:down\s+|up\s+)?to\s+[$£€]?\s?(?<b>" + Number + ")", Options)]
    private static partial Regex FromTo();

    [GeneratedRegex(@"\b(?:tip|tips|tax|taxes|vat|gratuity|charge|fee|discount|saving|savings|off)\b", Options)]
    private static partial Regex Step();

    [GeneratedRegex(@"\b(?:me|i|my|myself)\b", Options)]
    private static partial Regex Asker();

    [GeneratedRegex(@"\b(?<n>" + Number + @")\s?(?:%|percent\b|per cent\b)", Options)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b(?:tip|tips|tipping|tax|taxes|vat|gratuity|service charge|service fee|markup|mark up|surcharge)\b", Options)]
    private static partial Regex Addition();

    [GeneratedRegex(@"\b(?:off|discount|discounted|sale|reduced by|markdown)\b", Options)]
    private static partial Regex Reduction();

    // "4 of us", "five people", "6 friends", "split three ways", "among 5", "between the 3 of us", "a party of 4", "dinner for 4".
    [GeneratedRegex(@"\b(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of us|of them|of you|people|persons|ways|diners|adults|(?<others>friends|guests|coworkers|colleagues|roommates|others))\b|\b(?:among|between|by|party of|group of|(?:dinner|lunch|breakfast|brunch|supper|meal|table|reservation|booking) for)\s+(?:the\s+|us\s+)?(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", Options)]
    private static partial Regex PeopleCount();

    // "your total is $64.40", "the total comes to 64.40", "total: $64.40", "$64.40 in total", "$64.40 altogether",
    // "the sale price is $52" (a discount's result is a price, seldom called a total).
    [GeneratedRegex(@"\b(?:total|altogether|in all|all in|grand total|(?:sale|final|new|discounted|reduced) price)\b[^.\d\n]{0,30}(?<c>" + Number + @")|[$£€]\s?(?<c>" + Number + @")[ \t]+(?:in total|total|altogether|in all)\b", Options)]
    private static partial Regex TotalClaim();

    [GeneratedRegex(@"=\s*[*_]*\s*[$£€]?\s?(?<c>" + Number + ")", Options)]
    private static partial Regex SumResult();

    // A sentence's end: a stop, a semicolon or a question mark before a space or the line's end (not the point of "$17.25").
    [GeneratedRegex(@"[.!?;](?:\s|$)", Options)]
    private static partial Regex SentenceStop();

    // "$37.50 each", "37.50 per person", "each person pays $37.50", "each of you owes 37.50".
    [GeneratedRegex(@"[$£€]?\s?(?<c>" + Number + @")[ \t]?(?:dollars|euros|pounds)?[ \t]+(?:each|per person|per head|apiece|a head|a person|per share)\b|\b(?:each(?: person| of you| of us| one)?|per person|per head)[ \t]*(?:pays?|owes?|would pay|will pay|should pay|needs to pay|contributes|puts in|gets|is|comes to|:)[ \t]*[*_]*(?:about[ \t]+|around[ \t]+|roughly[ \t]+)?[$£€]?[ \t]?(?<d>" + Number + ")", Options)]
    private static partial Regex ShareClaim();
}
