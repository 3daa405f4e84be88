using System.Text.RegularExpressions;

namespace Aligners.Inference.Privacy;

/// <summary>
/// E-mail addresses: a local part (in any script's letters, RFC 6531), "@", and a dotted domain ending in a letters-only top-level
/// label. A few address-shaped things that are not mailboxes are left alone: image names such as
/// <c>icon@2x.png</c>, scp-style remotes such as <c>git@example.com:team/repo.git</c>, and the user
/// information of a URL (<c>https://user@host/</c>, <c>mongodb://user:password@cluster.example.net</c>,
/// <c>https://ghp_...@github.com</c>): the part before "@" is a login, a password or a token, and
/// the part after it a host, not a mailbox. A message's identifier in a mail header
/// (<c>Message-ID: &lt;uuid@mx.example.net&gt;</c>, <c>In-Reply-To</c>, <c>References</c>) names a
/// message, not a mailbox, and a masked address (<c>j***a@example.com</c>) shows no one's address,
/// nor does its visible tail. A local part that is a UUID or a long run of hex digits
/// (<c>UID:3f1c...-...@calendar.example.com</c>) is a generated identifier, not a mailbox. A password in a
/// URL's user information runs to the '@' before the host, '#', '?' and '/' included (<see cref="UserInformation"/>), so its
/// tail is no address; an address written to be filled in (<c>name@domain.tld</c>) is none (<see cref="PlaceholderAddresses"/>), nor is
/// one at a documentation domain that its own sentence calls an example or a placeholder (<see cref="ExampleAddresses"/>).
/// </summary>
public sealed class EmailDetector : IPrivacyDetector
{
    // The local part may hold any script's letters and their accents (RFC 6531's internationalised addresses: maría.lópez@...,
    // jürgen@...), which mail servers deliver as they do ASCII ones.
    private static readonly Regex Candidate = new(
        @"[\p{L}\p{M}0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff",
    };

    private const int MaxUserInfo = 256;

    /// <inheritdoc />
    public string Name => "email";

    /// <inheritdoc />
    public IEnumerable<PrivacyEntity> Detect(string text)
    {
        var found = new List<PrivacyEntity>();
        foreach (var m in Candidate.EnumerateMatches(text))
        {
            var start = m.Index;
            var length = m.Length;
            // A local part may not begin or end with a dot; trim the dots a sentence put there.
            while (length > 0 && text[start] is '.' or '-' or '+' or '%')
            {
                start++;
                length--;
            }
            var value = text.AsSpan(start, length);
            var at = value.IndexOf('@');
            if (at <= 0 || at > 64 || value[at - 1] == '.' || value[..at].Contains("..", StringComparison.Ordinal))
            {
                continue;
            }
            var domain = value[(at + 1)..];
            if (domain.Length > 253 || domain.Contains("..", StringComparison.Ordinal) || domain[0] == '-'
                || FileExtensions.Contains(domain[(domain.LastIndexOf('.') + 1)..].ToString()))
            {
                continue;
            }
            var end = start + length;
            if (end + 1 < text.Length && text[end] == ':' && !char.IsWhiteSpace(text[end + 1]))
            {
                continue; // user@host:path is a remote, not a mailbox
            }
            if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '@' or '/' or '*' or '•'))
            {
                continue; // glued to a word, the user part of a URL (https://token@host/), or a masked local part's tail
            }
            if (MailHeaders.NamesAMessage(text, start, end))
            {
                continue; // <id@host> after Message-ID, In-Reply-To or References: a message's name
            }
            if (IsGeneratedIdentifier(value[..at]))
            {
                continue; // <uuid>@host: a calendar event's UID, a message's or an object's id, not anyone's mailbox
            }
            if (InUserInformation(text, start) || UserInformation.Holds(text, start, start + at))
            {
                continue; // scheme://user:password@host: the host after a URL's user information, a password's '#' or '?' or '/' included
            }
            if (PlaceholderAddresses.IsPlaceholder(text, start, value))
            {
                continue; // name@domain.tld, you@yourdomain.com after "enter": a slot to fill in
            }
            if (ExampleAddresses.IsExample(text, start, value))
            {
                continue; // user@example.com in a sentence calling it a placeholder or an example: the reader's own address stands there
            }
            found.Add(new PrivacyEntity(PrivacyTypes.Email, start, length, Name, 0.95));
        }
        return found;
    }

    /// <summary>
    /// A local part no one picks for a mailbox: a UUID (8-4-4-4-12 hex digits) or a long run of hex
    /// digits (20 or more, with hyphens at most), mixing digits and letters. Generators write such
    /// names to make identifiers unique on their host: iCalendar's <c>UID:</c>, Message-IDs outside a header.
    /// </summary>
    internal static bool IsGeneratedIdentifier(ReadOnlySpan<char> local)
    {
        int hex = 0, digits = 0;
        foreach (var c in local)
        {
            if (char.IsAsciiHexDigit(c))
            {
                hex++;
                digits += char.IsAsciiDigit(c) ? 1 : 0;
            }
            else if (c != '-')
            {
                return false;
            }
        }
        var uuid = local.Length == 36 && local[8] == '-' && local[13] == '-' && local[18] == '-' && local[23] == '-' && hex == 32;
        return uuid || (hex >= 20 && digits > 0 && digits < hex);
    }

    /// <summary>
    /// The address-shaped span starts inside a URL's user information: walking back over the same
    /// token, "://" comes before any '/', '?' or '#' (a path or query would hold a real address, as
    /// in <c>https://host/?to=jane@example.com</c>). Reads at most <see cref="MaxUserInfo"/> characters.
    /// </summary>
    private static bool InUserInformation(string text, int start)
    {
        for (var k = start - 1; k >= 2 && start - k <= MaxUserInfo; k--)
        {
            var c = text[k];
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '<' or '>' or '(' or ')' or '?' or '#' or '`' or ',' or ';')
            {
                return false;
            }
            if (c == '/')
            {
                return text[k - 1] == '/' && text[k - 2] == ':';
            }
        }
        return false;
    }
}
