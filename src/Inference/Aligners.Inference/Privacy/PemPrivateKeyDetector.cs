namespace Aligners.Inference.Privacy;

/// <summary>
/// PEM-armoured private keys (RSA, EC, DSA, OpenSSH, PKCS #8, encrypted, PGP): from the
/// "-----BEGIN ... PRIVATE KEY-----" line through the matching END line. A key cut off before its
/// END line (a truncated log line) is reported up to where its base64 body stops. Public keys and
/// certificates are not secrets and are left alone.
/// </summary>
public sealed class PemPrivateKeyDetector : IPrivacyDetector
{
    private const string Begin = "-----BEGIN ";
    private const string Dashes = "-----";

    /// <summary>The fewest base64 characters a body must hold to be a key; a real key holds hundreds, a cut-off one in a log at least a line.</summary>
    private const int MinBase64 = 24;

    private static readonly System.Buffers.SearchValues<char> Base64 =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=:,");

    /// <inheritdoc />
    public string Name => "pem-private-key";

    /// <inheritdoc />
    public IEnumerable<PrivacyEntity> Detect(string text)
    {
        // Where a label's END line was last looked for in vain: no later BEGIN of that label needs
        // to look again, which keeps a text of many unterminated BEGIN lines linear.
        var noEndFrom = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        while ((i = text.IndexOf(Begin, i, StringComparison.Ordinal)) >= 0)
        {
            var labelStart = i + Begin.Length;
            var labelEnd = text.IndexOf(Dashes, labelStart, Math.Min(64, text.Length - labelStart), StringComparison.Ordinal);
            if (labelEnd < 0)
            {
                i = labelStart;
                continue;
            }
            var label = text[labelStart..labelEnd];
            if (!label.Contains("PRIVATE KEY", StringComparison.Ordinal) || !label.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == ' '))
            {
                i = labelEnd;
                continue;
            }
            var bodyStart = labelEnd + Dashes.Length;
            var endLine = $"-----END {label}-----";
            var end = noEndFrom.ContainsKey(label) ? -1 : text.IndexOf(endLine, bodyStart, StringComparison.Ordinal);
            if (end >= 0)
            {
                end += endLine.Length;
            }
            else
            {
                noEndFrom[label] = bodyStart;
                end = BodyEnd(text, bodyStart);
            }
            if (HoldsKeyMaterial(text.AsSpan(bodyStart, Math.Max(0, end - bodyStart))))
            {
                yield return new PrivacyEntity(PrivacyTypes.Credential, i, end - i, Name, 0.99);
            }
            i = end;
        }
    }

    /// <summary>
    /// A body with key material: at least <see cref="MinBase64"/> base64 characters, of many
    /// different kinds, and nothing else. "...", "&lt;your key here&gt;" or "MIIE...xxxx" between the armour lines shows where a key goes.
    /// </summary>
    private static bool HoldsKeyMaterial(ReadOnlySpan<char> body)
    {
        var material = 0;
        var seen = new HashSet<char>();
        foreach (var range in body.SplitAny(" \t\r\n\\-"))
        {
            var run = body[range];
            if (run.IsEmpty || (run.Length == 1 && run[0] == 'n'))
            {
                continue; // the 'n' of an escaped line break
            }
            if (run.ContainsAnyExcept(Base64))
            {
                return false;
            }
            material += run.Length;
            foreach (var c in run)
            {
                seen.Add(c);
            }
        }
        // Real key material uses most of the base64 alphabet; "xxxx" or "AAAA...AAAA" stands for it.
        return material >= MinBase64 && seen.Count >= 16;
    }

    /// <summary>Where the base64 body (with its line breaks, literal or escaped as \n) stops.</summary>
    private static int BodyEnd(string text, int from)
    {
        var i = from;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '+' or '/' or '=' or '\r' or '\n' or '\\'))
        {
            i++;
        }
        while (i > from && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }
        return i;
    }
}
