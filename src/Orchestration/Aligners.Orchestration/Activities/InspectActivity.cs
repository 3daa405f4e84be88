using System.Diagnostics;
using Aligners.Inference.Client;
using Aligners.Inference.Facts;
using Aligners.Inference.Refusals;
using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Privacy;
using Aligners.Orchestration.Telemetry;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Activities;

/// <summary>
/// Scores one version of the answer under one criterion and records the score. With the <c>facts</c>
/// backend the fact checker's findings are recorded with it and decide the score where they can; with
/// the <c>llm</c> backend the LLM judge's verdict is the score, and where the judge fails (after the
/// SDK's retries) the model's score stands, with the judge's error recorded. With the <c>scanner</c>
/// backend (the privacy criterion) the privacy scanner is the inspector, in-process, and what it
/// found is recorded as types, spans and fingerprints. Where <see cref="InspectionRules"/> clears
/// the answer (a plain refusal under ethical, the asked fact confirmed under helpful) it scores 1,
/// the model's score recorded beside it; where a rule finds a fault the model missed (under
/// helpful: a bare "it depends", a deflection, a refusal of a harmless request, the last weighed
/// with the sentence encoder as the refusal aligner weighs a prompt) it scores 0, likewise. The orchestration records the round's scores
/// together (<see cref="Workflows.AlignmentOrchestrator"/>): a score reaches the record as the
/// engine's history has it, so a second delivery of an inspection writes nothing.
/// </summary>
[WorkflowTask(InspectActivity.TaskName)]
public sealed class InspectActivity(IAlignmentInference inference, FactChecker facts, LlmJudge judge, PrivacyGuard privacy)
    : TaskActivity<InspectCall, InspectorScore>
{
    /// <summary>The name it is registered and called by on both hosts: score one version of the answer under one criterion.</summary>
    public const string TaskName = "Inspect";

    /// <inheritdoc />
    public override async Task<InspectorScore> RunAsync(TaskActivityContext context, InspectCall call)
    {
        var entryId = $"inspect:{call.Version}:{call.Criterion}";
        using var span = AlignersTelemetry.StartActivitySpan(context.InstanceId, entryId, InspectActivity.TaskName);
        var started = Stopwatch.GetTimestamp();
        if (call.Backend == InspectorBackends.Scanner)
        {
            var (privacyScore, found) = privacy.Inspect(call.Text, call.Privacy ?? new PrivacySettings());
            var scanned = new InspectorScore(call.Criterion, call.Version, privacyScore, Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3),
                Privacy: found.Count > 0 ? found : null, Worker: AuditRecorder.Worker);
            AlignersTelemetry.ActivityDuration.Record(scanned.DurationMs, new KeyValuePair<string, object?>("activity", InspectActivity.TaskName));
            AlignersTelemetry.InspectorScore.Record(scanned.Score, new KeyValuePair<string, object?>("criterion", call.Criterion));
            if (call.Version == 0)
            {
                // The answer as it came; re-inspections of its rewrites would count the same values again.
                AlignersTelemetry.CountPrivacyFindings(found, "answer");
            }
            return scanned;
        }
        var modelScore = Math.Round((double)await ActivityFailures.ClassifyAsync(() => inference.InspectAsync(call.Criterion, call.Prompt, call.Text)), 6);
        var report = call.Backend == InspectorBackends.Facts ? facts.Check(call.Prompt, call.Text) : null;
        JudgeVerdict? verdict = null;
        string? judgeError = null;
        if (call.Backend == InspectorBackends.Llm)
        {
            try
            {
                verdict = await judge.ScoreAsync(call.Criterion, call.Prompt, call.Text);
            }
            catch (Exception e)
            {
                // Whatever an outside judge does (timeout, throttling, a malformed verdict), the
                // instance goes on with the model's score: it must not cost the caller the answer.
                judgeError = e.Message;
            }
        }
        var score = verdict is not null ? Math.Round(verdict.Score, 6) : report?.Combine(modelScore) ?? modelScore;
        // A plain refusal and the good answers of a harmful topic the ethical rules know (ethical),
        // or the checked fact asked for (helpful), are cleared by rule where the model, reading
        // topic and register, flags many; an LLM judge keeps its own verdict.
        var cleared = verdict is null && InspectionRules.Clears(call.Criterion, call.Prompt, call.Text, () => report ?? facts.Check(call.Prompt, call.Text));
        if (cleared)
        {
            score = InspectionRules.Cleared;
        }
        // A fault the model, reading topic and register, passes; the encoder is asked only for an
        // answer that refuses, whether its prompt is near a harmful request.
        var flagged = verdict is null && !cleared && await FlagsAsync(call);
        if (flagged)
        {
            score = InspectionRules.Flagged;
        }
        var result = new InspectorScore(call.Criterion, call.Version, score, Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3),
            call.Backend == InspectorBackends.Model && !cleared && !flagged ? null : modelScore, report is { Empty: false } ? report.Findings : null,
            verdict?.Reason, judgeError, Worker: AuditRecorder.Worker);
        AlignersTelemetry.ActivityDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("activity", InspectActivity.TaskName));
        AlignersTelemetry.InspectorScore.Record(result.Score, new KeyValuePair<string, object?>("criterion", call.Criterion));
        return result;
    }

    private async Task<bool> FlagsAsync(InspectCall call)
    {
        IReadOnlyList<float>? harm = null;
        if (InspectionRules.WeighsHarm(call.Criterion, call.Text))
        {
            try
            {
                harm = await ActivityFailures.ClassifyAsync(() => inference.SimilaritiesAsync(call.Prompt, HarmCategories.Descriptions));
            }
            catch (InferenceRequestException)
            {
                // No sentence encoder here: the model's score stands rather than the inspection
                // failing; a transient failure is still retried as any other.
            }
        }
        return InspectionRules.Flags(call.Criterion, call.Prompt, call.Text, () => harm) is not null;
    }
}
