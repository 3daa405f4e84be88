namespace Aligners.Inference.Facts;

/// <summary>
/// Keeps exactly one sign on a corrected number. The claims read the digits of a number, and the
/// minus sign written before them ("-", "−", "–") stays in the answer when they are replaced: a
/// negative right value written with its own sign doubled it ("−-40"), and a positive one left the
/// claim's minus in front of it. The claim's sign is kept in the character the answer used, and a
/// minus that a positive value does not have is replaced with the number. A claim read with its
/// sign ("−237") is corrected in the same character ("−273.15", not "-273.15").
/// </summary>
internal static class CorrectionSign
{
    /// <summary><paramref name="finding"/> with its sign reconciled with the minus written before its claim in <paramref name="answer"/>.</summary>
    public static FactFinding Reconciled(string answer, FactFinding finding)
    {
        if (!finding.Correctable || finding.Expected.Length == 0 || !Numeric(finding.Expected))
        {
            return finding;
        }
        var negative = finding.Expected[0] is '-' or '−';
        var claimed = finding.Claim[0];
        if (claimed is '-' or '−' or '–')
        {
            // The claim holds its sign: a negative value takes the claim's character for it.
            return negative ? finding with { Expected = claimed + finding.Expected[1..] } : finding;
        }
        var sign = SignBefore(answer, finding.Start);
        if (sign is { } s)
        {
            // The claim's minus stands: a negative value is written after it without its own sign,
            // a positive one replaces it with the digits.
            return negative
                ? finding with { Expected = finding.Expected[1..] }
                : finding with { Claim = answer.Substring(s, finding.Start + finding.Claim.Length - s), Start = s };
        }
        return finding;
    }

    /// <summary>
    /// Where a minus sign written right before a number stands, or null: a minus joined to the
    /// digits and not to a word or number before it ("−40", "(-3"), for "5-3" and "well-40" are no sign.
    /// </summary>
    private static int? SignBefore(string answer, int start)
    {
        var at = start - 1;
        if (at < 0 || answer[at] is not ('-' or '−' or '–'))
        {
            return null;
        }
        var before = at - 1;
        return before < 0 || !char.IsLetterOrDigit(answer[before]) ? at : null;
    }

    /// <summary>Whether a value is a number alone (a sign, digits, separators, a point), not a number with a unit.</summary>
    private static bool Numeric(string value)
    {
        var digits = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsDigit(c))
            {
                digits = true;
            }
            else if (!(c is '.' or ',' || (i == 0 && c is '-' or '−')))
            {
                return false;
            }
        }
        return digits;
    }
}
