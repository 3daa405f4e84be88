using Aligners.Inference.Client;
using Aligners.Inference.Generation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Aligners.Orchestration.Activities;

/// <summary>
/// An aligner's rewrite: the text, the model that wrote it, why it stopped, the token counts,
/// (bundled aligners that list them) its sentences beside the model's stock sentences, and (bundled
/// aligners) how sure the model was of it.
/// </summary>
public sealed record AlignerRewrite(string Text, string? Model, string? FinishReason, int InputTokens, int OutputTokens,
    IReadOnlyList<StockMatch>? StockMatches = null, RewriteConfidence? Confidence = null);

/// <summary>
/// The <c>llm</c> aligner backend: an <see cref="IChatClient"/> told a criterion's principles and
/// given the question and the answer, asked for the corrected answer alone. <see cref="Client"/> is
/// null when <c>AlignerLlm:Provider</c> is none.
/// </summary>
public sealed class LlmAligner(IChatClient? client, IOptions<AlignerLlmOptions> options)
{
    /// <summary>The chat client, or null.</summary>
    public IChatClient? Client { get; } = client;

    /// <summary>Rewrites <paramref name="answer"/> to satisfy <paramref name="criterion"/>.</summary>
    /// <exception cref="PermanentActivityException">No LLM aligner is configured, or the criterion has no principles.</exception>
    public async Task<AlignerRewrite> RewriteAsync(string criterion, string prompt, string answer, CancellationToken cancellationToken = default)
    {
        var chat = Client ?? throw new PermanentActivityException(
            $"the policy gives criterion '{criterion}' the llm aligner but no LLM aligner is configured (AlignerLlm:Provider is none)");
        var response = await CriterionChat.AskAsync(chat, options.Value, criterion, "You correct answers so that they satisfy",
            "Change only what the criterion requires and keep everything else as it is; if the answer already satisfies it, return it unchanged. " +
            "Reply with the corrected answer alone: no preface, no quotes, no explanation.",
            prompt, answer, cancellationToken);
        var finish = response.FinishReason == ChatFinishReason.Length ? "length" : response.FinishReason?.Value;
        return new AlignerRewrite(response.Text.Trim(), response.ModelId, finish, (int)(response.Usage?.InputTokenCount ?? 0),
            (int)(response.Usage?.OutputTokenCount ?? 0));
    }
}
