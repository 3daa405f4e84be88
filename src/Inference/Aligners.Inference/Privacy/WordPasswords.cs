namespace Aligners.Inference.Privacy;

/// <summary>
/// Passwords made of words joined by a dot or an underscore with digits ending them (<c>lake.Harbor42</c>,
/// <c>maple.otter_57</c>, <c>lake.otter42</c>), as generators and people build them: where a password's name labels such a
/// value, <see cref="SecretValue.LooksLikeDottedName"/> takes it for no qualified name in code.
/// </summary>
internal static class WordPasswords
{
    /// <summary>
    /// Two words of three lower-case letters or more joined by <paramref name="joiner"/> (<c>lake.otter</c>), as password
    /// generators join words before two digits (<c>lake.otter42</c>): a qualified name's last part rarely ends in a number
    /// of exactly two digits after a whole word, and a value named as a password is read so only there.
    /// </summary>
    internal static bool TwoLowerWords(ReadOnlySpan<char> value, char joiner)
    {
        var at = value.IndexOf(joiner);
        return at >= 3 && value.Length - at - 1 >= 3 && !value[..at].ContainsAnyExceptInRange('a', 'z') && !value[(at + 1)..].ContainsAnyExceptInRange('a', 'z');
    }

    /// <summary>
    /// A password made of words joined by a dot, the first in lower case, with digits ending it: a later
    /// word capitalised (<c>lake.Harbor42</c>), or the digits joined on by an underscore or a hyphen
    /// (<c>maple.otter_57</c>), or two lower-case words and exactly two digits (<c>lake.otter42</c>). Qualified names keep one case style across their segments
    /// (<c>System.Int64</c>, <c>os.path</c>), and put no number of two digits or more at the end, let alone
    /// one set off as a password generator sets it.
    /// </summary>
    public static bool WordsWithDigits(ReadOnlySpan<char> value)
    {
        var digits = 0;
        while (digits < value.Length && char.IsAsciiDigit(value[value.Length - 1 - digits]))
        {
            digits++;
        }
        var dot = value.IndexOf('.');
        if (digits == 2 && TwoLowerWords(value[..^2], '.'))
        {
            return true;
        }
        return digits >= 2 && dot > 0 && dot + 1 < value.Length && char.IsAsciiLetterLower(value[0])
            && (char.IsAsciiLetterUpper(value[dot + 1]) || (digits < value.Length && value[value.Length - 1 - digits] is '_' or '-'))
            && !value.Contains(':');
    }
}
