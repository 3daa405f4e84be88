using System.Globalization;
using System.Text;
using System.Text.Json;
using Aligners.Orchestration.Requests;

namespace Aligners.Orchestration.Evaluation;

/// <summary>
/// Reads an evaluation file: JSONL lines of an align request (checked by <see cref="RequestValidator"/>,
/// like every other entry point) plus <c>expectedCriterion</c> (a criterion the line checks, or
/// absent for a good answer) and <c>expectedContent</c> (a string or an array of strings).
/// </summary>
public sealed class EvalCaseReader(RequestValidator validator)
{
    /// <summary>Every case of <paramref name="jsonl"/>.</summary>
    /// <exception cref="InvalidRequestException">A line is malformed or invalid; the field names the line.</exception>
    public async Task<IReadOnlyList<EvalCase>> ReadAsync(ReadOnlyMemory<byte> jsonl, CancellationToken ct)
    {
        var requests = await validator.ParseLinesAsync(jsonl, ct).ConfigureAwait(false);
        var lines = Encoding.UTF8.GetString(jsonl.Span).Split('\n');
        var cases = new List<EvalCase>(requests.Count);
        var next = 0;
        for (var number = 1; number <= lines.Length && next < requests.Count; number++)
        {
            if (string.IsNullOrWhiteSpace(lines[number - 1]))
            {
                continue;
            }
            var (input, workflow) = requests[next++];
            var where = $"lines[{number.ToString(CultureInfo.InvariantCulture)}].";
            using var doc = JsonDocument.Parse(lines[number - 1]);
            var root = doc.RootElement;
            string? expected = null;
            if (root.TryGetProperty("expectedCriterion", out var ec) && ec.ValueKind != JsonValueKind.Null)
            {
                expected = ec.ValueKind == JsonValueKind.String ? ec.GetString() : null;
                if (expected is null || !workflow.Criteria.Contains(expected))
                {
                    throw new InvalidRequestException(where + "expectedCriterion",
                        $"must be one of the line's criteria ({string.Join(", ", workflow.Criteria)}) or absent for a good answer");
                }
            }
            var content = new List<string>();
            if (root.TryGetProperty("expectedContent", out var e) && e.ValueKind != JsonValueKind.Null)
            {
                if (e.ValueKind == JsonValueKind.String)
                {
                    content.Add(e.GetString()!);
                }
                else if (e.ValueKind == JsonValueKind.Array && e.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String))
                {
                    content.AddRange(e.EnumerateArray().Select(x => x.GetString()!));
                }
                else
                {
                    throw new InvalidRequestException(where + "expectedContent", "must be a string or an array of strings");
                }
                if (expected is null)
                {
                    throw new InvalidRequestException(where + "expectedContent", "needs expectedCriterion: only a fixed answer is checked for content");
                }
            }
            cases.Add(new EvalCase(input.Id!, workflow, expected, content));
        }
        return cases;
    }
}
