namespace Aligners.Inference.Privacy;

/// <summary>
/// A column that code names for a country's identifier by the country's ISO 3166 code (<c>be_id</c>, <c>se-id</c>,
/// <c>id_fi</c>, <c>nl_nid</c>), as a schema holding several countries' numbers side by side does. The value under it
/// is still read by that country's format and check.
/// </summary>
internal static class CountryIdColumns
{
    private static readonly string[] Suffixes = ["_id", "-id", "_nid", "-nid", "_national_id", "_natid"];

    /// <summary>Whether <paramref name="heading"/> names the identifier of <paramref name="country"/> by its code.</summary>
    public static bool Names(ReadOnlySpan<char> heading, string country)
    {
        heading = heading.Trim().Trim("\"'`[]");
        foreach (var suffix in Suffixes)
        {
            // be_id or, the other way round, id_be.
            if (heading.Equals(country + suffix, StringComparison.OrdinalIgnoreCase)
                || heading.Equals(suffix[1..] + suffix[0] + country, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
