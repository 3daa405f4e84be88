namespace Aligners.Inference.Tests.Privacy;

/// <summary>One text of the labelled set: what it holds and what its policy allows.</summary>
internal sealed record LabelledText(string Id, string Text, IReadOnlyList<LabelledEntity> Entities, string Source, IReadOnlyList<string> Allow)
{
    /// <summary>A look-alike: nothing personal, nothing secret.</summary>
    public bool IsLookAlike => Entities.Count == 0;
}

/// <summary>A labelled value and its type (a detector type, or "person" and "address", which no detector looks for).</summary>
internal sealed record LabelledEntity(string Type, string Value);

/// <summary>The labelled set <c>training/eval/privacy.jsonl</c>, written by <c>training/privacy/make_privacy_set.py</c>.</summary>
internal static class PrivacySet
{
    public static string Path { get; } = System.IO.Path.Combine(RepositoryPaths.Root, "training", "eval", "privacy.jsonl");

    public static IReadOnlyList<LabelledText> Texts { get; } = Load(Path);

    /// <summary>The texts of a set in this format.</summary>
    public static List<LabelledText> Load(string path) =>
        File.ReadLines(path).Where(line => line.Length > 0).Select(line =>
        {
            var root = JsonDocument.Parse(line).RootElement;
            return new LabelledText(
                root.GetProperty("id").GetString()!,
                root.GetProperty("text").GetString()!,
                root.GetProperty("entities").EnumerateArray().Select(e => new LabelledEntity(e.GetProperty("type").GetString()!, e.GetProperty("value").GetString()!)).ToList(),
                root.TryGetProperty("source", out var source) ? source.GetString()! : "",
                root.TryGetProperty("allow", out var allow) ? allow.EnumerateArray().Select(a => a.GetString()!).ToList() : []);
        }).ToList();
}
