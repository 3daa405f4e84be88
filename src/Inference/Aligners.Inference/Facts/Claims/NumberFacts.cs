using System.Globalization;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Simple facts about whole numbers, checked exactly: prime or composite, even or odd, a perfect
/// square or cube, divisible by another, its square, cube and square root; stated in the answer
/// ("91 is prime", "64 isn't a perfect square", "the square root of 144 is 14"), or asked in the
/// prompt ("Is 97 prime?") and answered yes or no. Numbers beyond <see cref="FactChecker.MaxMagnitude"/>
/// are not judged.
/// </summary>
internal static partial class NumberFacts
{
    private const string Source = "computed";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    public static IEnumerable<FactFinding> Check(string prompt, string answer)
    {
        var findings = new List<FactFinding>();
        foreach (Match m in Property().Matches(answer))
        {
            if (Judge(m.Groups["n"].Value, m.Groups["prop"].Value, m.Groups["neg"].Success, m.Groups["d"].Value) is { } f)
            {
                findings.Add(f);
            }
        }
        foreach (Match m in Power().Matches(answer))
        {
            if (Whole(m.Groups["n"].Value) is { } n && Parse(m.Groups["m"].Value) is { } claimed)
            {
                var op = m.Groups["op"].Value.ToLowerInvariant();
                var expected = op switch
                {
                    "square root" or "√" => Math.Sqrt(n),
                    "cube root" => Math.Cbrt(n),
                    "cubed" => (double)n * n * n,
                    _ => (double)n * n,
                };
                if (!ClaimText.InRange(expected))
                {
                    continue;
                }
                var approx = m.Groups["approx"].Success;
                var right = approx ? Math.Abs(claimed - expected) <= Math.Max(0.05 * expected, 0.5) : Math.Abs(claimed - Math.Round(expected, Decimals(m.Groups["m"].Value))) < 1e-9;
                var subject = $"{op} of {m.Groups["n"].Value}";
                findings.Add(right
                    ? new FactFinding("number", FactVerdicts.Confirmed, subject, m.Groups["m"].Value, ClaimText.Format(expected), Source)
                    : new FactFinding("number", FactVerdicts.Contradicted, subject, m.Groups["m"].Value, ClaimText.Format(expected), Source, m.Groups["m"].Index));
            }
        }
        if (findings.Count == 0 && Asked().Match(prompt) is { Success: true } q && YesNo().Match(answer) is { Success: true } reply)
        {
            var yes = !reply.Groups["no"].Success;
            if (Judge(q.Groups["n"].Value, q.Groups["prop"].Value, !yes, q.Groups["d"].Value) is { } f)
            {
                findings.Add(f with { Start = -1 });
            }
        }
        return findings;
    }

    private static FactFinding? Judge(string written, string property, bool negated, string divisor)
    {
        if (Whole(written) is not { } n)
        {
            return null;
        }
        property = property.ToLowerInvariant().Replace("perfect ", "", StringComparison.Ordinal).Trim();
        bool? holds = property switch
        {
            "prime" => IsPrime(n),
            "composite" => n > 3 && !IsPrime(n),
            "even" => n % 2 == 0,
            "odd" => n % 2 == 1,
            "square" => IsSquare(n),
            "cube" => IsCube(n),
            "divisible by" or "a multiple of" when Whole(divisor) is { } d && d > 0 => n % d == 0,
            _ => null,
        };
        if (holds is not { } h)
        {
            return null;
        }
        var what = property is "divisible by" or "a multiple of" ? $"{property} {divisor}" : property;
        var subject = $"whether {written} is {what}";
        var truth = h ? $"{written} is {what}" : $"{written} is not {what}";
        if (property == "prime" && !h && n > 1)
        {
            truth += $" ({written} = {SmallestFactor(n)} × {n / SmallestFactor(n)})";
        }
        return h != negated
            ? new FactFinding("number", FactVerdicts.Confirmed, subject, $"{written} is {(negated ? "not " : "")}{what}", truth, Source)
            : new FactFinding("number", FactVerdicts.Contradicted, subject, $"{written} is {(negated ? "not " : "")}{what}", truth, Source);
    }

    private static long? Whole(string written) =>
        long.TryParse(written.Replace(",", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 && n <= FactChecker.MaxMagnitude ? n : null;

    private static double? Parse(string written) =>
        double.TryParse(written.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && ClaimText.InRange(v) ? v : null;

    private static int Decimals(string written) => written.Contains('.') ? written.Length - written.IndexOf('.') - 1 : 0;

    private static bool IsSquare(long n)
    {
        var r = (long)Math.Round(Math.Sqrt(n));
        return r * r == n;
    }

    private static bool IsCube(long n)
    {
        var r = (long)Math.Round(Math.Cbrt(n));
        return r * r * r == n;
    }

    private static long SmallestFactor(long n)
    {
        if (n % 2 == 0)
        {
            return 2;
        }
        for (long f = 3; f * f <= n; f += 2)
        {
            if (n % f == 0)
            {
                return f;
            }
        }
        return n;
    }

    /// <summary>Deterministic Miller–Rabin: these bases decide every number below 3.3 × 10^24.</summary>
    public static bool IsPrime(long n)
    {
        if (n < 2)
        {
            return false;
        }
        long[] bases = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37];
        foreach (var p in bases)
        {
            if (n % p == 0)
            {
                return n == p;
            }
        }
        var d = n - 1;
        var s = 0;
        while (d % 2 == 0)
        {
            d /= 2;
            s++;
        }
        foreach (var a in bases)
        {
            var x = PowMod(a, d, n);
            if (x == 1 || x == n - 1)
            {
                continue;
            }
            var composite = true;
            for (var r = 1; r < s && composite; r++)
            {
                x = (long)((UInt128)(ulong)x * (ulong)x % (ulong)n);
                composite = x != n - 1;
            }
            if (composite)
            {
                return false;
            }
        }
        return true;
    }

    private static long PowMod(long b, long e, long m)
    {
        UInt128 result = 1, bb = (ulong)(b % m);
        while (e > 0)
        {
            if ((e & 1) == 1)
            {
                result = result * bb % (ulong)m;
            }
            bb = bb * bb % (ulong)m;
            e >>= 1;
        }
        return (long)result;
    }

    [GeneratedRegex(@"\b(?<n>\d{1,3}(?:,\d{3})+|\d{1,16})\s+(?:(?<neg>isn't|is not|is never|is no)|is|was)\s+(?:(?:also|definitely|indeed|actually|really)\s+)?(?:a\s+|an\s+)?(?<prop>prime|composite|even|odd|perfect square|square number|perfect cube|cube number|divisible by|a multiple of)(?:\s+(?<d>\d{1,16}))?", Options)]
    private static partial Regex Property();

    [GeneratedRegex(@"(?:(?<op>square root|cube root)\s+of\s+(?<n>\d{1,16})|(?<op>√)\s*(?<n>\d{1,16})|(?<n>\d{1,16})\s+(?<op>squared|cubed))\s*(?:is|=|equals|gives|makes|comes to)\s*(?<approx>about|roughly|approximately|around|~|≈)?\s*(?<m>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)", Options)]
    private static partial Regex Power();

    [GeneratedRegex(@"\bis\s+(?<n>\d{1,3}(?:,\d{3})+|\d{1,16})\s+(?:a\s+|an\s+)?(?<prop>prime|composite|even|odd|perfect square|square number|perfect cube|divisible by|a multiple of)(?:\s+(?<d>\d{1,16}))?", Options)]
    private static partial Regex Asked();

    [GeneratedRegex(@"^\s*(?:(?<yes>yes|yep|yeah|correct|indeed|it is|that's right)|(?<no>no|nope|it isn't|it is not|not quite))\b", Options)]
    private static partial Regex YesNo();
}
