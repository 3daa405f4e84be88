using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// An answer that checks the asked operation by its inverse ("is 96 ÷ 8 = 12?" answered "8 × 12 =
/// 96"): a right equation of the answer whose three numbers are the asked operands and the asked
/// result says the result is right, though its own result is another of the numbers. Read as the
/// answer's result, that last number would be taken for a wrong quotient.
/// </summary>
internal static class InverseChecks
{
    /// <summary>
    /// Whether one of <paramref name="equations"/> (groups a, b, c; <paramref name="right"/> says
    /// whether it is right on its own) holds exactly the asked operands and the asked value.
    /// </summary>
    public static bool Confirms(IEnumerable<Match> equations, IReadOnlyList<double> operands, double asked, Func<Match, bool> right, Func<string, double> parse)
    {
        var wanted = operands.Append(asked).Order().ToList();
        return equations.Any(m => right(m)
            && new[] { parse(m.Groups["a"].Value), parse(m.Groups["b"].Value), parse(m.Groups["c"].Value) }.Order().SequenceEqual(wanted));
    }
}
