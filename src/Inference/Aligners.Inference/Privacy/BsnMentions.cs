namespace Aligners.Inference.Privacy;

/// <summary>
/// A Dutch citizen service number (BSN) in three groups of three (<c>NNN.NNN.NNN</c>, spaced or dashed alike) that passes
/// the eleven-proof, in a text that names the BSN or its check ("BSN", "burgerservicenummer", "elfproef") earlier, within
/// <see cref="Reach"/> characters: a chat asks "what was my BSN again, I have it here: ..." and the reply repeats the number,
/// neither right after the name. The name and the check digit together say what the groups are, so they are an identifier,
/// never also a telephone number. Asked by <see cref="NationalIdDetector"/> and <see cref="PhoneDetector"/>.
/// </summary>
internal static class BsnMentions
{
    /// <summary>How far before the number the BSN's name may stand.</summary>
    private const int Reach = 240;

    private static readonly ContextWords Names = new("bsn", "burgerservicenummer", "elfproef", "11-proef");

    /// <summary><paramref name="raw"/>, at <paramref name="start"/>, is a grouped BSN that the text named before it.</summary>
    public static bool Holds(string text, int start, ReadOnlySpan<char> raw)
    {
        if (!Grouped(raw) || !NationalIdDetector.NlBsn(raw))
        {
            return false;
        }
        var from = Math.Max(0, start - Reach);
        return Names.Contains(text.AsSpan(from, start - from));
    }

    /// <summary>Nine digits in groups of three, split by one separator of '.', ' ' or '-', the same twice.</summary>
    private static bool Grouped(ReadOnlySpan<char> raw) =>
        raw.Length == 11 && raw[3] is '.' or ' ' or '-' && raw[7] == raw[3]
        && !raw[..3].ContainsAnyExceptInRange('0', '9') && !raw[4..7].ContainsAnyExceptInRange('0', '9') && !raw[8..].ContainsAnyExceptInRange('0', '9');
}
