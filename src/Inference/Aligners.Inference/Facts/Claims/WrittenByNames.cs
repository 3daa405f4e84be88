namespace Aligners.Inference.Facts;

/// <summary>
/// Where an answer names the writer of a work: in "X was written by Y" (or "authored by", "penned
/// by", "a novel by") the author is Y, whatever X is. X may be the work under another title
/// ("Nineteen Eighty-Four" for "1984"), which is no author's name and must never be read as one.
/// </summary>
internal static class WrittenByNames
{
    /// <summary>Phrases after which the work's writer is named, longest first so "written by" is read before "by".</summary>
    private static readonly string[] Phrases =
    [
        "written by ", "authored by ", "penned by ", "a novel by ", "a book by ", "a play by ", "a poem by ", "the novel by ",
    ];

    /// <summary>
    /// The start of the text after the first phrase that names a writer, or null where the answer
    /// has none. A name that begins at or after it is the one the answer gives as the author.
    /// </summary>
    public static int? AuthorFrom(string answer)
    {
        int? first = null;
        foreach (var phrase in Phrases)
        {
            var at = answer.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(answer[at - 1])) && (first is null || at + phrase.Length < first))
            {
                first = at + phrase.Length;
            }
        }
        return first;
    }

    /// <summary>
    /// The name the answer gives as the author, from proper names read in order: the first after a
    /// writing phrase where there is one, else the first name; none where the phrase names nobody after it.
    /// </summary>
    public static (string? Name, int Start) Pick(string answer, IEnumerable<(string Name, int Start)> names)
    {
        var read = names.ToList();
        if (AuthorFrom(answer) is not { } from)
        {
            return read.FirstOrDefault();
        }
        return read.FirstOrDefault(n => n.Start >= from);
    }
}
