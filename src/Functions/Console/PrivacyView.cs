using Aligners.Inference.Privacy;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Privacy;

namespace Aligners.Functions.Console;

/// <summary>One privacy finding as the console lists it: where it was made, its type and span, the detector; no value.</summary>
/// <param name="Stage"><c>request</c> (on the way to the upstream LLM), <c>answer</c> (the privacy inspector, on the answer as it came) or <c>released</c> (on the way out).</param>
/// <param name="Where">The text: <c>prompt</c>, <c>messages[1]</c>, <c>response</c>, <c>aligned</c>; null for the answer the inspector scored.</param>
/// <param name="Type">The type of personal data.</param>
/// <param name="Start">First character of the span.</param>
/// <param name="End">Just past its last character.</param>
/// <param name="Detector">The detector or rule that found it.</param>
/// <param name="Confidence">How sure the detector was.</param>
public sealed record PrivacyRow(string Stage, string? Where, string Type, int Start, int End, string Detector, double Confidence);

/// <summary>
/// What the console shows of an instance that used privacy, pure: its findings by stage, type and
/// span, and the instance's texts with every value the scanner finds in them masked (a card keeps
/// its last four digits), so that the console shows personal data to no one, the caller's own
/// values given back in mode <c>upstream</c> included. Values the policy allows stay as they are.
/// </summary>
public static class PrivacyView
{
    /// <summary>The findings of <paramref name="report"/>, request first, then answer, then released.</summary>
    public static IReadOnlyList<PrivacyRow> Rows(PrivacyReport report) =>
    [
        .. report.Request.Select(m => Row("request", m)),
        .. report.Answer.Select(m => Row("answer", m)),
        .. report.Released.Select(m => Row("released", m)),
    ];

    /// <summary><paramref name="text"/> with every finding under <paramref name="settings"/> masked.</summary>
    public static string Mask(string text, PrivacySettings settings)
    {
        var scan = PrivacyGuard.Scan(text, settings);
        return scan.Findings.Count == 0 ? text
            : new Redactor(settings.ToPolicy() with { Redaction = RedactionMode.Mask, RedactionByType = new Dictionary<string, RedactionMode>() }).Redact(text, scan);
    }

    /// <summary>The output with its prompt, answers and refused rewrites masked.</summary>
    public static AlignmentOutput Mask(AlignmentOutput output, PrivacySettings settings) => output with
    {
        Prompt = Mask(output.Prompt, settings),
        Response = Mask(output.Response, settings),
        Aligned = Mask(output.Aligned, settings),
        ShadowRewrite = output.ShadowRewrite is { } s ? Mask(s, settings) : null,
        Unresolved = [.. output.Unresolved.Select(u => u with { Candidate = u.Candidate is { } c ? Mask(c, settings) : null })],
    };

    private static PrivacyRow Row(string stage, PrivacyMark m) => new(stage, m.Where, m.Type, m.Start, m.Start + m.Length, m.Detector, m.Confidence);
}
