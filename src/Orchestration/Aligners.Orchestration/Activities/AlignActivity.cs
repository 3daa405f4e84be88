using System.Diagnostics;
using Aligners.Inference.Client;
using Aligners.Inference.Facts;
using Aligners.Inference.Refusals;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Privacy;
using Aligners.Orchestration.Telemetry;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Activities;

/// <summary>
/// Rewrites one version of the answer with one criterion's aligner, the bundled model, the LLM or
/// the refusal aligner (<see cref="AlignCall.Backend"/>), and records the rewrite. The refusal
/// aligner writes nothing where the prompt asked for nothing harmful: the rewrite says why
/// (<see cref="Rewrite.Declined"/>), or with <c>refuse-llm</c> the LLM aligner rewrites instead. Where the fact checker found claims it
/// can correct, the correction is the rewrite: the right value in place of the wrong one, what the answer said of the wrong value removed (<see cref="FactFixer"/>), and whether the fix is whole recorded.
/// The privacy criterion's aligner is the redactor: every value the scanner finds, redacted as the policy says.
/// </summary>
[WorkflowTask(AlignActivity.TaskName)]
public sealed class AlignActivity(IAlignmentInference inference, LlmAligner llm, AuditRecorder audit, FactChecker facts) : TaskActivity<AlignCall, Rewrite>
{
    /// <summary>The name it is registered and called by on both hosts: rewrite one version of the answer for one criterion.</summary>
    public const string TaskName = "Align";

    /// <inheritdoc />
    public override async Task<Rewrite> RunAsync(TaskActivityContext context, AlignCall call)
    {
        var entryId = $"align:{call.Version}:{call.Criterion}";
        using var span = AlignersTelemetry.StartActivitySpan(context.InstanceId, entryId, AlignActivity.TaskName);
        var started = Stopwatch.GetTimestamp();
        // The correction takes what was said of a wrong value with it, and is checked again.
        var fix = call.Corrections is { Count: > 0 } c ? FactFixer.Fix(facts, call.Prompt, call.Text, c) : null;
        var corrected = fix?.Text;
        var backend = corrected is null ? call.Backend : AlignerBackends.Facts;
        var refusal = corrected is null && call.Backend is AlignerBackends.Refuse or AlignerBackends.RefuseThenLlm
            ? await ActivityFailures.ClassifyAsync(() => RefuseAsync(call.Prompt, call.Text))
            : null;
        // What the refusal aligner declines goes to the LLM aligner where the policy says so, else stays as it is.
        var declined = refusal is { Text: null } && call.Backend == AlignerBackends.Refuse ? refusal.Declined : null;
        if (refusal is { Text: null } && call.Backend == AlignerBackends.RefuseThenLlm)
        {
            backend = AlignerBackends.Llm;
        }
        var result = call.Backend == AlignerBackends.Redactor
            ? new AlignerRewrite(PrivacyGuard.Redact(call.Text, call.Privacy ?? new PrivacySettings(), call.Vault ?? []), PrivacyCriterion.AlignerName, "stop", 0, 0)
            : corrected is not null
            ? new AlignerRewrite(corrected, "fact-checker", "stop", 0, 0)
            : refusal is { Text: { } refused }
            ? new AlignerRewrite(refused, RefusalModel, "stop", 0, 0)
            : declined is not null
            ? new AlignerRewrite(call.Text, RefusalModel, "declined", 0, 0)
            : backend == AlignerBackends.Llm
            ? await ActivityFailures.ClassifyAsync(() => llm.RewriteAsync(call.Criterion, call.Prompt, call.Text))
            : await ActivityFailures.ClassifyAsync(() => ModelRewriteAsync(call));
        // An empty rewrite would erase the answer: keep the input and say so.
        var empty = string.IsNullOrWhiteSpace(result.Text);
        var rewrite = new Rewrite(call.Criterion, call.Version, empty ? call.Text : result.Text, empty, result.Model, result.InputTokens,
            result.OutputTokens, result.FinishReason, Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3), backend,
            empty ? null : result.StockMatches, empty ? null : result.Confidence, declined,
            refusal is null ? null : new RefusalWeighing(refusal.Category, refusal.HarmSimilarity, refusal.OrdinarySimilarity),
            fix is null || empty ? null : fix.Complete);
        AlignersTelemetry.ActivityDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("activity", AlignActivity.TaskName));
        AlignersTelemetry.AlignersApplied.Add(1, new KeyValuePair<string, object?>("criterion", call.Criterion));
        return await audit.RecordResultAsync(context.InstanceId, call.Carried, entryId, AuditTypes.Rewritten, rewrite);
    }

    /// <summary>The model name the refusal aligner's rewrites are recorded under.</summary>
    public const string RefusalModel = "refusal-composer";

    /// <summary>The refusal aligner: the encoder compares the prompt with the kinds of harmful and ordinary request, the composer decides.</summary>
    private async Task<RefusalDecision> RefuseAsync(string prompt, string answer)
    {
        var similarities = await inference.SimilaritiesAsync(prompt, HarmCategories.Descriptions);
        return EthicalRefusal.Decide(prompt, similarities, answer);
    }

    private async Task<AlignerRewrite> ModelRewriteAsync(AlignCall call)
    {
        var r = await inference.AlignAsync(call.Criterion, call.Prompt, call.Text);
        return new AlignerRewrite(r.Aligned, r.Model, r.FinishReason, r.InputTokens, r.OutputTokens, r.StockMatches, r.Confidence);
    }
}
