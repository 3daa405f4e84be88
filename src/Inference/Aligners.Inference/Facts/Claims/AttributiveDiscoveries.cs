namespace Aligners.Inference.Facts;

/// <summary>
/// Whether a discovery is named only to describe another thing: "X-ray images by Franklin",
/// "telephone lines laid by the company", "radio signals picked up by an amateur". The person
/// after "by" made the images or laid the lines; nothing is said of who discovered or invented
/// the thing named before them, so such a mention is no subject of a credit and is left to the
/// neural score rather than "corrected" to the discoverer.
/// </summary>
internal static class AttributiveDiscoveries
{
    /// <summary>
    /// Nouns that, right after a discovery's name, make it their modifier: things made, taken or done
    /// with the discovery, each credited to whoever made them and never to the discoverer.
    /// </summary>
    private static readonly HashSet<string> Described = new(StringComparer.Ordinal)
    {
        "image", "images", "photograph", "photographs", "photo", "photos", "picture", "pictures", "scan", "scans",
        "diffraction", "crystallography", "pattern", "patterns", "data", "measurement", "measurements",
        "study", "studies", "experiment", "experiments", "observation", "observations", "analysis", "analyses",
        "machine", "machines", "tube", "tubes", "line", "lines", "call", "calls", "signal", "signals",
        "recording", "recordings", "record", "records", "broadcast", "broadcasts", "network", "networks",
        "technician", "technicians", "operator", "operators", "equipment", "beam", "beams", "film", "films",
    };

    /// <summary>
    /// Whether the discovery mentioned at <paramref name="mention"/> in <paramref name="folded"/>
    /// (the folded text) only describes the noun written right after it.
    /// </summary>
    public static bool Narrowed(string folded, Mention mention)
    {
        if (mention.Start < 0 || mention.End > folded.Length)
        {
            return false;
        }
        var at = mention.End;
        // "X-ray images", and folded hyphens that run into the noun ("x-ray-images") alike.
        while (at < folded.Length && folded[at] is ' ' or '-')
        {
            at++;
        }
        if (at == mention.End)
        {
            return false;
        }
        var from = at;
        while (at < folded.Length && char.IsLetter(folded[at]))
        {
            at++;
        }
        return Described.Contains(folded[from..at]);
    }
}
