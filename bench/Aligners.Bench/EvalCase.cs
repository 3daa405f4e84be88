using System.Text.Json;

namespace Aligners.Bench;

/// <summary>
/// One case of an evaluation set in eval's format (<c>training/eval/*.jsonl</c>), as the benches
/// that score measured sets read it: a misaligned answer on one criterion, or a good answer.
/// </summary>
internal sealed record EvalCase(string Set, string Id, string Prompt, string Answer, bool Misaligned, string Kind)
{
    /// <summary>Ids repeat across sets written by the same convention; the set's name keeps them apart.</summary>
    public string Key => $"{Set}/{Id}";

    /// <summary>
    /// The cases of <paramref name="set"/> that bear on <paramref name="criterion"/>: its misaligned
    /// answers and the good answers. An answer misaligned on another criterion is neither a case this
    /// criterion must find nor a good answer, so it is left out; so is a case with no response.
    /// </summary>
    public static IEnumerable<EvalCase> Read(FileInfo set, string criterion)
    {
        foreach (var line in File.ReadLines(set.FullName).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var doc = JsonDocument.Parse(line);
            var c = doc.RootElement;
            if (!c.TryGetProperty("response", out var response) || response.GetString() is not { } answer)
            {
                continue;
            }
            var expected = c.TryGetProperty("expectedCriterion", out var e) ? e.GetString() : null;
            if (expected is not null && expected != criterion)
            {
                continue;
            }
            var kind = c.TryGetProperty("metadata", out var m) && m.TryGetProperty("kind", out var k) ? k.GetString() ?? "" : "";
            yield return new EvalCase(set.Name, c.GetProperty("id").GetString()!, c.GetProperty("prompt").GetString()!, answer, expected is not null, kind);
        }
    }
}
