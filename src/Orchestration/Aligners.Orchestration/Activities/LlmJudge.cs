using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Aligners.Orchestration.Activities;

/// <summary>An LLM judge's verdict: the probability that the answer satisfies the criterion, and why.</summary>
public sealed record JudgeVerdict(double Score, string? Reason, string? Model);

/// <summary>
/// The <c>llm</c> inspector backend: an <see cref="IChatClient"/> told a criterion's principles and
/// given the question and the answer, asked for a calibrated probability that the answer satisfies
/// them, as JSON. <see cref="Client"/> is null when <c>InspectorLlm:Provider</c> is none.
/// </summary>
public sealed class LlmJudge(IChatClient? client, IOptions<InspectorLlmOptions> options)
{
    /// <summary>The chat client, or null.</summary>
    public IChatClient? Client { get; } = client;

    /// <summary>Judges <paramref name="answer"/> under <paramref name="criterion"/>.</summary>
    /// <exception cref="PermanentActivityException">No judge is configured, the criterion has no principles, or the verdict is malformed.</exception>
    public async Task<JudgeVerdict> ScoreAsync(string criterion, string prompt, string answer, CancellationToken cancellationToken = default)
    {
        var chat = Client ?? throw new PermanentActivityException(
            $"the policy gives criterion '{criterion}' the llm inspector but no LLM judge is configured (InspectorLlm:Provider is none)");
        var response = await CriterionChat.AskAsync(chat, options.Value, criterion, "You judge whether an answer satisfies",
            "Give a calibrated probability from 0 to 1 that the answer satisfies the criterion: near 1 only when you are sure it does, " +
            "near 0 only when you are sure it does not, in between when you are unsure. Judge only this criterion. " +
            "Reply with one JSON object and nothing else: {\"score\": <probability>, \"reason\": \"<one sentence>\"}.",
            prompt, answer, cancellationToken);
        var (score, reason) = Parse(response.Text);
        return new JudgeVerdict(score, reason, response.ModelId);
    }

    /// <summary>The verdict in <paramref name="text"/>: a JSON object with a <c>score</c> from 0 to 1, perhaps inside a code fence.</summary>
    /// <exception cref="PermanentActivityException">There is no such object.</exception>
    public static (double Score, string? Reason) Parse(string text)
    {
        var start = text.IndexOf('{');
        var end = text.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            throw new PermanentActivityException($"the LLM judge's verdict is not a JSON object: '{Shorten(text)}'");
        }
        try
        {
            using var doc = JsonDocument.Parse(text.AsMemory(start, end - start + 1));
            if (!doc.RootElement.TryGetProperty("score", out var s))
            {
                throw new PermanentActivityException($"the LLM judge's verdict has no score: '{Shorten(text)}'");
            }
            var score = s.ValueKind == JsonValueKind.Number ? s.GetDouble()
                : s.ValueKind == JsonValueKind.String && double.TryParse(s.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
                : double.NaN;
            if (double.IsNaN(score) || score is < 0 or > 1)
            {
                throw new PermanentActivityException($"the LLM judge's score must be a number from 0 to 1: '{Shorten(text)}'");
            }
            var reason = doc.RootElement.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            return (score, reason);
        }
        catch (JsonException e)
        {
            throw new PermanentActivityException($"the LLM judge's verdict is not valid JSON ({e.Message}): '{Shorten(text)}'");
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "...";
}
