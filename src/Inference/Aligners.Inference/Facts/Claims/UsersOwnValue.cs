namespace Aligners.Inference.Facts;

/// <summary>
/// The user's own result, stated in the prompt ("is 96 ÷ 8 = 12?"). Where the right value is the
/// user's own, an answer that gives another one says the user is wrong; replacing its number
/// would keep that saying ("Not quite: ... = 12"), which is no fix, so the claim is flagged
/// without a correction.
/// </summary>
internal static class UsersOwnValue
{
    /// <summary>Whether the prompt states <paramref name="expected"/> as a result ("= 12", "is 12", "equals 12").</summary>
    public static bool Stated(string prompt, double expected)
    {
        foreach (var n in ClaimText.Numbers(prompt))
        {
            if (!n.InRange || n.Value != expected)
            {
                continue;
            }
            var before = prompt.AsSpan(0, n.Start).TrimEnd();
            if (before.EndsWith("=", StringComparison.Ordinal) || before.EndsWith(" is", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith(" equals", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" makes", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
