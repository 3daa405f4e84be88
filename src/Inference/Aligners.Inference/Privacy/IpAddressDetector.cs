using System.Net;
using System.Net.Sockets;

namespace Aligners.Inference.Privacy;

/// <summary>
/// IPv4 and IPv6 addresses of hosts. IPv4 is four dotted decimal octets, each 0-255 without
/// leading zeros, standing alone: "1.2.3" and "1.2.3.4.5" do not qualify, nor four numbers that
/// their line shows to be a version or a section number (<see cref="VersionContext"/>) or an object identifier (<see cref="ObjectIdentifiers"/>). IPv6 candidates (hex groups with two or more colons and at
/// least one digit) must parse with <see cref="IPAddress.TryParse(ReadOnlySpan{char}, out IPAddress?)"/>,
/// which refuses times and MAC addresses. Addresses that identify no one are left out: loopback,
/// unspecified, link-local (169.254/16 and fe80::/10, valid on one link only), multicast, broadcast and netmasks, network addresses (last octet 0,
/// as four-part versions such as 8.0.0.0 also end), and networks written with a prefix length
/// ("10.0.0.0/8", "2001:db8::/32"); a host's address written with its network's prefix length
/// ("10.8.0.2/24", "2001:db8::1ff:fe23:4567:890a/64", or any address with /32 or /128) is the address, reported without the prefix.
/// </summary>
public sealed class IpAddressDetector : IPrivacyDetector
{
    /// <inheritdoc />
    public string Name => "ip-address";

    /// <inheritdoc />
    public IEnumerable<PrivacyEntity> Detect(string text)
    {
        var found = new List<PrivacyEntity>();
        var versions = new VersionContext(text);
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
                if (Ipv4(text, i, versions) is { } v4)
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

    private PrivacyEntity? Ipv4(string text, int start, VersionContext versions)
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
        // Standing alone: no fifth part, no letters glued on.
        if (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_' || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            return null;
        }
        var address = (uint)(octets[0] << 24 | octets[1] << 16 | octets[2] << 8 | octets[3]);
        // With a prefix length, a host's address (10.8.0.2/24) rather than its network's (10.0.0.0/8).
        var prefix = PrefixLength(text, i, 32);
        var hostBits = prefix is { } p and >= 0 ? (uint)((1ul << (32 - p)) - 1) : 0;
        if (prefix < 0 || (hostBits != 0 && ((address & hostBits) == 0 || (address & hostBits) == hostBits)))
        {
            return null;
        }
        if (prefix is null && (versions.IsVersion(start, i) || ObjectIdentifiers.IsOid(text, start, i)))
        {
            return null;
        }
        // 0/8, loopback, link-local, multicast and reserved space, and network addresses (host part 0,
        // which is also how four-part versions such as 8.0.0.0 end) identify no one.
        if (octets[0] is 0 or 127 or >= 224 || (octets[0] == 169 && octets[1] == 254) || (octets[3] == 0 && prefix is null))
        {
            return null;
        }
        var isPrivate = octets[0] == 10 || (octets[0] == 172 && octets[1] is >= 16 and <= 31) || (octets[0] == 192 && octets[1] == 168);
        return new PrivacyEntity(PrivacyTypes.Ip, start, i - start, Name, isPrivate ? 0.85 : 0.9);
    }

    /// <summary>The prefix length written right after an address ("/24"), at most <paramref name="max"/>; null where there is none.</summary>
    private static int? PrefixLength(string text, int at, int max)
    {
        if (at + 1 >= text.Length || text[at] != '/' || !char.IsAsciiDigit(text[at + 1]))
        {
            return null;
        }
        var k = at + 1;
        var n = 0;
        while (k < text.Length && char.IsAsciiDigit(text[k]) && k - at <= 3)
        {
            n = n * 10 + (text[k] - '0');
            k++;
        }
        return (k < text.Length && (char.IsLetterOrDigit(text[k]) || text[k] == '.')) || n > max ? -1 : n;
    }

    private PrivacyEntity? Ipv6(string text, int start, int end)
    {
        // A sentence's full stop or a label's colon after the address is not part of it.
        while (end > start && (text[end - 1] == '.' || (text[end - 1] == ':' && (end - 2 < start || text[end - 2] != ':'))))
        {
            end--;
        }
        var candidate = text.AsSpan(start, end - start);
        // A slice with a step (digits[0::2]) is code, not an address.
        if (candidate.Count(':') < 2 || !candidate.ContainsAny("0123456789")
            || (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_')) || Slices.Is(text, start, end))
        {
            return null;
        }
        if (!IPAddress.TryParse(candidate, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6
            || IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any)
            || address.IsIPv6LinkLocal)
        {
            return null; // fe80::/10 is valid on one link only and reaches no one, as 169.254/16 does not
        }
        // With a prefix length, a host's address (2001:db8::5/64) rather than a network's (2001:db8::/32);
        // /128 is one host, whatever its bits.
        if (PrefixLength(text, end, 128) is { } prefix && (prefix < 0 || (prefix < 128 && !HasHostBits(address.GetAddressBytes(), prefix))))
        {
            return null;
        }
        return new PrivacyEntity(PrivacyTypes.Ip, start, end - start, Name, address.IsIPv6UniqueLocal ? 0.85 : 0.9);
    }

    /// <summary>Some bit after the first <paramref name="prefix"/> bits is set: the address names a host, not its network.</summary>
    private static bool HasHostBits(byte[] bytes, int prefix)
    {
        for (var bit = prefix; bit < bytes.Length * 8; bit++)
        {
            if ((bytes[bit / 8] & (0x80 >> (bit % 8))) != 0)
            {
                return true;
            }
        }
        return false;
    }
}
