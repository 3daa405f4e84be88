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
            yield return new PrivacyEntity(PrivacyTypes.Credential, i, end - i, Name, 0.99);
            i = end;
        }
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
