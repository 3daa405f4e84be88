namespace Aligners.Inference.Privacy;

/// <summary>
/// A slice with a step in Python or Go (<c>digits[0::2]</c>, <c>row[1::3]</c>, <c>s[::2]</c>): digits, <c>::</c> and digits
/// inside square brackets right after an identifier or a closing bracket. It reads as a compressed IPv6 address
/// (<c>0::2</c>), but an address in brackets follows no name (<c>http://[2001:db8::1]:8080</c>), and one written with
/// decimal groups alone around a single <c>::</c> would name no host anyone writes so.
/// </summary>
internal static class Slices
{
    /// <summary>The candidate from <paramref name="start"/> to <paramref name="end"/> is the inside of such a slice.</summary>
    public static bool Is(string text, int start, int end)
    {
        if (start < 2 || end >= text.Length || text[start - 1] != '[' || text[end] != ']'
            || !(char.IsLetterOrDigit(text[start - 2]) || text[start - 2] is '_' or ')' or ']'))
        {
            return false;
        }
        var candidate = text.AsSpan(start, end - start);
        var colons = candidate.IndexOf("::", StringComparison.Ordinal);
        return colons >= 0 && candidate.Count(':') == 2
            && !candidate[..colons].TrimStart('-').ContainsAnyExceptInRange('0', '9')
            && !candidate[(colons + 2)..].TrimStart('-').ContainsAnyExceptInRange('0', '9');
    }
}
