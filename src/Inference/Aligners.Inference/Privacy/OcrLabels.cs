namespace Aligners.Inference.Privacy;

/// <summary>
/// A label as a scanner's text recognition garbles it: a <c>1</c> read for an <c>l</c>, a <c>0</c> for an
/// <c>o</c> ("Te1ephone", "Ph0ne", "Te1."). Reading the label's letters back lets a garbled label name
/// its value as the clean one does. Only a digit that a letter touches on its left and no digit touches
/// on its right is read back, so numbers themselves are left as they are.
/// </summary>
internal static class OcrLabels
{
    /// <summary><paramref name="window"/> with each garbled letter read back; the same length, so positions hold.</summary>
    public static string Clean(ReadOnlySpan<char> window)
    {
        var chars = window.ToArray();
        for (var i = 1; i < chars.Length; i++)
        {
            if (chars[i] is '0' or '1' && char.IsLetter(chars[i - 1]) && (i + 1 == chars.Length || !char.IsAsciiDigit(chars[i + 1])))
            {
                chars[i] = chars[i] == '1' ? 'l' : 'o';
            }
        }
        return new string(chars);
    }
}
