using System.Net;
using System.Net.Sockets;

namespace Aligners.Inference.Privacy;

/// <summary>
/// IPv4 and IPv6 addresses of hosts. IPv4 is four dotted decimal octets, each 0-255 without
/// leading zeros, standing alone: "1.2.3" and "1.2.3.4.5" do not qualify, nor four numbers right
/// after "version", "build" or "v". IPv6 candidates (hex groups with two or more colons and at
/// least one digit) must parse with <see cref="IPAddress.TryParse(ReadOnlySpan{char}, out IPAddress?)"/>,
/// which refuses times and MAC addresses. Addresses that identify no one are left out: loopback,
/// unspecified, link-local IPv4, multicast, broadcast and netmasks, network addresses (last octet 0,
/// as four-part versions such as 8.0.0.0 also end), and networks written with a prefix length
/// ("10.0.0.0/8").
/// </summary>
public sealed class IpAddressDetector : IPrivacyDetector
{
    private static readonly ContextWords VersionWords = new(
        ["version", "ver", "build", "release", "firmware", "assembly", "sdk", "runtime", "package", "oid", "section", "chapter", "§"], insideIdentifiers: true);

    /// <inheritdoc />
    public string Name => "ip-address";

    /// <inheritdoc />
    public IEnumerable<PrivacyEntity> Detect(string text)
    {
        var found = new List<PrivacyEntity>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var boundary = i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '_' or ':' or '-');
            if (boundary && (char.IsAsciiHexDigit(c) || c == ':'))
            {
                var end = i;
                while (end < text.Length && (char.IsAsciiHexDigit(text[end]) || text[end] is ':' or '.'))
                {
                    end++;
                }
                if (Ipv6(text, i, end) is { } v6)
                {
                    found.Add(v6);
                    i = v6.End;
                    continue;
                }
            }
            if (char.IsAsciiDigit(c) && (i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '_' or '-')))
            {
                if (Ipv4(text, i) is { } v4)
                {
                    found.Add(v4);
                    i = v4.End;
                    continue;
                }
            }
            i++;
        }
        return found;
    }

    private PrivacyEntity? Ipv4(string text, int start)
    {
        Span<int> octets = stackalloc int[4];
        var i = start;
        for (var k = 0; k < 4; k++)
        {
            var digitsStart = i;
            var value = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && i - digitsStart < 4)
            {
                value = value * 10 + (text[i] - '0');
                i++;
            }
            var width = i - digitsStart;
            if (width is 0 or > 3 || value > 255 || (width > 1 && text[digitsStart] == '0'))
            {
                return null;
            }
            octets[k] = value;
            if (k < 3)
            {
                if (i >= text.Length || text[i] != '.')
                {
                    return null;
                }
                i++;
            }
        }
        // Standing alone: no fifth part, no letters glued on, no prefix length.
        if (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'
            || (text[i] is '.' or '/' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            return null;
        }
        // 0/8, loopback, link-local, multicast and reserved space, and network addresses (host part 0,
        // which is also how four-part versions such as 8.0.0.0 end) identify no one.
        if (octets[0] is 0 or 127 or >= 224 || (octets[0] == 169 && octets[1] == 254) || octets[3] == 0
            || VersionWords.Near(text, start, i, before: 16, after: 0))
        {
            return null;
        }
        var isPrivate = octets[0] == 10 || (octets[0] == 172 && octets[1] is >= 16 and <= 31) || (octets[0] == 192 && octets[1] == 168);
        return new PrivacyEntity(PrivacyTypes.Ip, start, i - start, Name, isPrivate ? 0.85 : 0.9);
    }

    private PrivacyEntity? Ipv6(string text, int start, int end)
    {
        // A sentence's full stop or a label's colon after the address is not part of it.
        while (end > start && (text[end - 1] == '.' || (text[end - 1] == ':' && (end - 2 < start || text[end - 2] != ':'))))
        {
            end--;
        }
        var candidate = text.AsSpan(start, end - start);
        if (candidate.Count(':') < 2 || !candidate.ContainsAny("0123456789")
            || (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            || (end < text.Length && text[end] == '/' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))
        {
            return null;
        }
        if (!IPAddress.TryParse(candidate, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6
            || IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any))
        {
            return null;
        }
        return new PrivacyEntity(PrivacyTypes.Ip, start, end - start, Name, address.IsIPv6LinkLocal || address.IsIPv6UniqueLocal ? 0.85 : 0.9);
    }
}
