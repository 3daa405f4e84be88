namespace Aligners.Inference.Privacy;

/// <summary>
/// A version written after a password word: a policy's or a rule set's release ("Password policy
/// v9.18.158", "Passwortrichtlinie v2.1", "politique de mots de passe 4.0"). Dotted numbers, with or
/// without a leading 'v' and a pre-release suffix, are how documents number their versions; a
/// password word before them names the document, not a secret, so the value is no credential.
/// </summary>
internal static class PolicyVersions
{
    /// <summary>The value is a version: an optional 'v', two to four dotted numbers, an optional suffix (-rc1), a closing mark.</summary>
    public static bool IsVersion(ReadOnlySpan<char> value)
    {
        var v = value.TrimEnd(":,;.)");
        if (!v.IsEmpty && v[0] is 'v' or 'V')
        {
            v = v[1..];
        }
        var dash = v.IndexOf('-');
        if (dash > 0)
        {
            var suffix = v[(dash + 1)..];
            if (suffix.IsEmpty || suffix.Length > 12 || !char.IsLetter(suffix[0]) || suffix.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789."))
            {
                return false;
            }
            v = v[..dash];
        }
        var parts = 0;
        foreach (var range in v.Split('.'))
        {
            var part = v[range];
            if (part.IsEmpty || part.Length > 5 || part.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
            parts++;
        }
        return parts is >= 2 and <= 4;
    }
}
