namespace Aligners.Inference.Privacy;

/// <summary>
/// A Polish tax number (NIP) after its label, in the dashed groups Poland writes it in (<c>NNN-NNN-NN-NN</c>): a company's
/// tax number, whose groups read as a telephone number's in several plans. The label and the grouping say what it is; its
/// check digit (the weighted sum of the first nine digits modulo 11) is not asked, since a mistyped NIP is still a NIP
/// to whoever reads it and no telephone number.
/// </summary>
internal static class PolishNip
{
    /// <summary>How far before the number its label may stand on its line.</summary>
    private const int Reach = 24;

    private static readonly ContextWords Labels = new("nip", "nip ue", "numer nip");

    /// <summary>
    /// <paramref name="raw"/>, at <paramref name="start"/>, is a NIP in dashed groups, and "NIP" labels it from earlier on its line.
    /// </summary>
    public static bool Labelled(string text, int start, ReadOnlySpan<char> raw)
    {
        if (!Dashed(raw))
        {
            return false;
        }
        var from = start;
        while (from > 0 && start - from < Reach && text[from - 1] != '\n')
        {
            from--;
        }
        return Labels.Contains(text.AsSpan(from, start - from));
    }

    /// <summary>Ten digits grouped 3-3-2-2 by dashes.</summary>
    private static bool Dashed(ReadOnlySpan<char> raw) =>
        raw.Length == 13 && raw[3] == '-' && raw[7] == '-' && raw[10] == '-'
        && !raw[..3].ContainsAnyExceptInRange('0', '9') && !raw[4..7].ContainsAnyExceptInRange('0', '9')
        && !raw[8..10].ContainsAnyExceptInRange('0', '9') && !raw[11..].ContainsAnyExceptInRange('0', '9');
}
