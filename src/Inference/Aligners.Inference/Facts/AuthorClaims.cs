using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Authors of well-known works: a question naming a work and asking who wrote it is answered right
/// when the answer names its author, and contradicted when it names someone else.
/// </summary>
internal static partial class AuthorClaims
{
    private static readonly string[] Asking = ["who wrote", "who is the author", "who's the author", "author of", "written by", "who penned", "whose novel", "whose book", "who was the author"];

    [GeneratedRegex(@"\p{Lu}[\p{L}\-]*\s+(?:author|writer|novelist|poet|playwright|essayist|journalist|dramatist)\s+\p{Lu}[\p{L}'’\-\.]*(?:\s+\p{Lu}[\p{L}'’\-\.]*)*",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Described();

    public static IEnumerable<FactFinding> Check(string prompt, string answer, FactTables tables)
    {
        if (!ClaimText.HasAny(prompt, Asking))
        {
            return [];
        }
        var work = tables.Works.Where(w => ClaimText.Has(prompt, w.Title)).OrderByDescending(w => w.Title.Length).FirstOrDefault();
        if (work is null)
        {
            return [];
        }
        var source = tables.Sources["works"];
        var subject = $"the author of {work.Title}";
        if (ClaimText.Has(answer, work.Surname))
        {
            return [new FactFinding("author", FactVerdicts.Confirmed, subject, work.Author, work.Author, source)];
        }
        // "X was written by Y": the author is Y, and X (the work under another title, say) is no author.
        var named = WrittenByNames.Pick(answer, ClaimText.ProperNames(answer, work.Title.Split(' ').Append(work.Title)));
        if (named.Name is null)
        {
            return [];
        }
        // "Chilean author Isabel Allende": the description goes with the wrong name it describes.
        var described = Described().Match(answer, named.Start);
        var claim = described.Success && described.Index == named.Start ? described.Value : named.Name;
        return [new FactFinding("author", FactVerdicts.Contradicted, subject, claim, work.Author, source, named.Start)];
    }
}
