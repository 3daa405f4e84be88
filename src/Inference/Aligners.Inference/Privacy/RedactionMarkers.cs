namespace Aligners.Inference.Privacy;

/// <summary>
/// A marker written where a secret was taken out (<c>[REDACTED]</c>, <c>&lt;redacted&gt;</c>, <c>(removed)</c>,
/// <c>[hidden]</c>, <c>REDACTED</c>, <c>[FILTERED]</c>, <c>[GESCHWÄRZT]</c>, <c>[masqué]</c>, <c>[oculto]</c>,
/// <c>[verwijderd]</c>): logs, shared configurations and support answers show it in place of the value, so it
/// holds no secret. A word alone or in one pair of brackets counts; a word in a longer value does not.
/// </summary>
internal static class RedactionMarkers
{
    // The longest marker read: a word and its brackets.
    private const int MaxLength = 24;

    // Words saying the value was taken out or hidden, in the languages the rules know.
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "redacted", "hidden", "removed", "filtered", "masked", "censored", "omitted", "scrubbed", "sanitized", "sanitised", "withheld",
        "geschwärzt", "entfernt", "verborgen", "versteckt", "ausgeblendet", "zensiert", "maskiert", "gefiltert", "unkenntlich",
        "masqué", "masque", "caché", "supprimé", "retiré", "expurgé", "censuré", "filtré", "occulté",
        "oculto", "oculta", "eliminado", "eliminada", "borrado", "censurado", "filtrado", "enmascarado", "redactado", "omitido",
        "verwijderd", "weggelaten", "gecensureerd", "afgeschermd", "gemaskeerd", "gefilterd", "geredigeerd",
    };

    /// <summary>Whether <paramref name="value"/> is a redaction marker rather than a secret.</summary>
    public static bool IsMarker(ReadOnlySpan<char> value)
    {
        if (value.Length < 4 || value.Length > MaxLength)
        {
            return false;
        }
        if ((value[0], value[^1]) is ('[', ']') or ('(', ')') or ('<', '>') or ('{', '}'))
        {
            value = value[1..^1];
        }
        value = value.Trim('*').Trim('_').Trim('-');
        return Words.Contains(value.ToString());
    }
}
