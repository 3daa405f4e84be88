using System.Security.Cryptography;
using System.Text;

namespace Aligners.Orchestration.Tenants;

/// <summary>
/// Who a presented key belongs to, found by its SHA-256 among the digests configured for each
/// owner (the tenants, the reviewers): configuration holds digests, never keys.
/// </summary>
public static class KeyDigests
{
    /// <summary>
    /// The first owner one of whose <paramref name="digestsOf"/> (lower- or upper-case hex) is the
    /// SHA-256 of <paramref name="presentedKey"/>; null for no key or no match.
    /// </summary>
    /// <remarks>
    /// Every digest is compared, in constant time, with no early exit: timing tells neither which
    /// digest matched nor how many were tried. A digest that is not 64 hex digits matches nothing
    /// (the directories' validation refuses such settings at startup).
    /// </remarks>
    public static string? Owner<T>(IEnumerable<KeyValuePair<string, T>> owners, Func<T, IEnumerable<string>> digestsOf, string? presentedKey)
    {
        if (string.IsNullOrEmpty(presentedKey))
        {
            return null;
        }
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey));
        string? found = null;
        foreach (var (name, owner) in owners)
        {
            foreach (var hex in digestsOf(owner))
            {
                if (hex.Length == 64 && hex.All(char.IsAsciiHexDigit) && CryptographicOperations.FixedTimeEquals(digest, Convert.FromHexString(hex)))
                {
                    found ??= name;
                }
            }
        }
        return found;
    }
}
