namespace Aligners.Inference.Privacy;

/// <summary>
/// Random-looking values whose shape says they are not secrets: base64 that opens with a file
/// format's signature (a PNG's <c>iVBORw0KGgo</c>, a JPEG's <c>/9j/</c>, a PDF's <c>JVBERi0</c>, ...)
/// is the file's bytes, an inlined image or document, not a key; and a Twilio resource id (two
/// capitals naming the resource, then 32 hex digits: the account SID <c>AC...</c>, a call's <c>CA...</c>,
/// a message's <c>SM...</c>) names an account or a resource, which Twilio documents as not secret; the auth
/// token beside it is the secret. An API key's SID (<c>SK...</c>) is not among them: it is half of the key
/// pair that grants access, a credential (<see cref="CredentialDetector"/>). Each reads the value alone, but for an Amazon
/// Resource Name (<c>arn:aws:secretsmanager:eu-west-1:123456789012:secret:name-AbCdEf</c>), which names
/// a resource of any service, a secret's included, and holds none: a value inside one is part of a name.
/// </summary>
internal static class PublicShapes
{
    // The base64 of well-known file signatures: the first bytes of a PNG, JPEG, GIF, PDF, ZIP (and the
    // Office formats built on it), RIFF (WebP, WAV, AVI), gzip, TIFF (both byte orders), 7z, Ogg, MP3's
    // ID3 tag, WOFF and WOFF2 fonts, WebAssembly, an ICO icon and the text of an SVG or XML document.
    private static readonly string[] Signatures =
    [
        "iVBORw0KGgo", "/9j/", "R0lGODdh", "R0lGODlh", "JVBERi0", "UEsDB", "UklGR", "H4sI", "SUkqA", "TU0AK", "N3q8ryc",
        "T2dnUw", "SUQzB", "SUQzA", "d09GRg", "d09GMg", "AGFzbQ", "AAABAA", "PHN2Zy", "PD94bWwg",
    ];

    /// <summary>Base64 long enough to hold a file that opens with a known format's signature.</summary>
    public static bool IsFileData(ReadOnlySpan<char> value)
    {
        if (value.Length < 24)
        {
            return false;
        }
        foreach (var signature in Signatures)
        {
            if (value.StartsWith(signature, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A Twilio resource id: two capital letters other than an API key's <c>SK</c>, then exactly 32 lower-case hex digits.</summary>
    public static bool IsTwilioId(ReadOnlySpan<char> value)
    {
        if (value.Length != 34 || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[1]) || value.StartsWith("SK", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var c in value[2..])
        {
            if (!char.IsAsciiDigit(c) && c is < 'a' or > 'f')
            {
                return false;
            }
        }
        return true;
    }

    // AWS's partitions, each an ARN's second part: the commercial regions, China, GovCloud and the isolated ones.
    private static readonly string[] Partitions = ["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"];

    // How far back from a value the start of the ARN holding it is looked for: ARNs are at most 2048 characters, but those
    // written in text are far shorter, and a bounded look keeps the cost per value fixed.
    private const int ArnReach = 256;

    /// <summary>
    /// The position <paramref name="at"/> lies inside an Amazon Resource Name: the token holding it (no space, quote or
    /// bracket between) opens with <c>arn:</c>, a partition and a service (<c>arn:aws:iam:</c>, <c>arn:aws-cn:s3:</c>).
    /// </summary>
    public static bool InsideArn(string text, int at)
    {
        var from = at;
        while (from > 0 && at - from < ArnReach && !IsArnBoundary(text[from - 1]))
        {
            from--;
        }
        var token = text.AsSpan(from, Math.Min(text.Length - from, 64));
        if (!token.StartsWith("arn:", StringComparison.Ordinal))
        {
            return false;
        }
        var rest = token[4..];
        var colon = rest.IndexOf(':');
        if (colon < 0 || !Partitions.Contains(rest[..colon].ToString()))
        {
            return false;
        }
        var service = rest[(colon + 1)..];
        var end = service.IndexOf(':');
        return end > 0 && !service[..end].ContainsAnyExcept(ServiceChars);
    }

    private static readonly System.Buffers.SearchValues<char> ServiceChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    private static bool IsArnBoundary(char c) => char.IsWhiteSpace(c) || c is '"' or '\'' or '`' or '=' or ',' or '(' or '[' or '<' or '>' or '{';
}
