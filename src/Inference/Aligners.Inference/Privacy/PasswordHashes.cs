using System.Text.RegularExpressions;

namespace Aligners.Inference.Privacy;

/// <summary>
/// Password hashes in the formats systems store them: the PHC string format (<c>$argon2id$v=19$m=65536,t=3,p=4$salt$hash</c>,
/// <c>$argon2i$</c>, <c>$argon2d$</c>, <c>$scrypt$</c>, <c>$pbkdf2-sha256$</c>, ...), bcrypt's modular crypt format
/// (<c>$2a$</c>, <c>$2b$</c>, <c>$2y$</c>, a cost and 53 characters of salt and hash) and SHA-crypt's (<c>$5$</c>, <c>$6$</c>).
/// A hash is what a system stores instead of the password, so it gives no one the password: it is no secret, whatever key
/// names it. Reads at most <see cref="MaxLength"/> characters from where a hash would start.
/// </summary>
internal static class PasswordHashes
{
    /// <summary>The longest hash read.</summary>
    public const int MaxLength = 512;

    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    // The PHC string format: $id[$v=version][$param=value(,param=value)*][$salt[$hash]], ids of the password hashing functions.
    // Unbounded repeats keep the automaton small; the window Length reads bounds the match.
    private static readonly Regex Phc = new(
        @"^\$(argon2id|argon2i|argon2d|scrypt|pbkdf2|pbkdf2-sha1|pbkdf2-sha256|pbkdf2-sha512|bcrypt|bcrypt-sha256|balloon|balloon-sha256|yescrypt)"
        + @"(\$v=[0-9]+)?(\$[a-z0-9-]+=[A-Za-z0-9/+.-]+(,[a-z0-9-]+=[A-Za-z0-9/+.-]+)*)?\$[A-Za-z0-9/+.]+(\$[A-Za-z0-9/+.]+)?(\$[A-Za-z0-9/+.]+)?",
        Options);

    // bcrypt: $2$, $2a$, $2b$, $2x$ or $2y$, a two-digit cost, then 22 characters of salt and 31 of hash in bcrypt's base64.
    private static readonly Regex Bcrypt = new(@"^\$2[abxy]?\$[0-9]{2}\$[./A-Za-z0-9]{53}", Options);

    // SHA-crypt (and MD5-crypt): $5$ or $6$ (or $1$), optional rounds, a salt of up to 16 characters and the hash.
    private static readonly Regex ShaCrypt = new(@"^\$[156]\$(rounds=[0-9]{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}", Options);

    /// <summary>The length of the password hash that starts at <paramref name="start"/>, or 0 where none does.</summary>
    public static int Length(string text, int start)
    {
        if (start >= text.Length || text[start] != '$')
        {
            return 0;
        }
        var window = text.AsSpan(start, Math.Min(MaxLength, text.Length - start));
        foreach (var format in (ReadOnlySpan<Regex>)[Phc, Bcrypt, ShaCrypt])
        {
            foreach (var m in format.EnumerateMatches(window))
            {
                // A hash ends where its characters end: not glued to more of a token's letters.
                var end = m.Length;
                if (end >= window.Length || !(char.IsAsciiLetterOrDigit(window[end]) || window[end] is '$' or '/' or '+' or '.'))
                {
                    return end;
                }
            }
        }
        return 0;
    }
}
