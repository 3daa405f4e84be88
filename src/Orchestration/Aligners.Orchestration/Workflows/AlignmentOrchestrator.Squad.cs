using Aligners.Inference.Privacy;
using Aligners.Inference.Refusals;
using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Instances;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Workflows;

// The squad: the answer, its first inspection, a rewrite step per criterion the ledger lets through,
// the policy's fallback. What each step decides is SquadLedger's and AcceptanceGate's; this only
// runs the activities between the decisions.
public sealed partial class AlignmentOrchestrator
{
    /// <summary>The squad on the request as <paramref name="guarded"/> left it (with placeholders in the redacting privacy modes).</summary>
    private static async Task<AlignmentOutput> AlignAsync(TaskOrchestrationContext context, AlignmentInput input, ProtectedRequest? guarded, AuditBacklog backlog)
    {
        var prompt = guarded?.Prompt ?? input.Request.Prompt;
        var timings = new List<ActivityTiming>();
        if (guarded is not null)
        {
            timings.Add(new ActivityTiming("privacy:protect", ProtectPromptActivity.TaskName, guarded.DurationMs));
        }
        var (original, upstream) = await AnswerAsync(context, input, guarded, prompt, timings);

        context.SetCustomStatus(new AlignmentProgress("inspecting"));
        var firstRound = await InspectAllAsync(context, input, input.Criteria, prompt, original, version: 0, timings, backlog);
        // A criterion whose inspector failed has no score: the squad and every later round leave it out.
        var scored = input.Criteria.Where(firstRound.Scores.ContainsKey).ToList();
        var squad = new SquadLedger(original, firstRound.Scores, firstRound.Findings, input.Policy,
            firstRound.Failures.Select(f => StepFailures.Unscored(f.Criterion, f.Error)));
        foreach (var criterion in Squad.Order(scored, firstRound.Scores, input.Policy))
        {
            if (squad.Visit(criterion) is { } version)
            {
                await RewriteStepAsync(context, input, new RewriteStep(prompt, criterion, version, scored, guarded?.Vault), squad, timings, backlog);
            }
        }
        if (squad.Fallback() is { } fallback)
        {
            context.SetCustomStatus(new AlignmentProgress("fallback"));
            var round = await InspectAllAsync(context, input, scored, prompt, fallback, squad.Version + 1, timings, backlog);
            squad.Replace(fallback, round.Scores, round.Findings, round.Failures.Select(f => StepFailures.FallbackUnscored(f.Criterion, f.Error)));
        }
        return await ReviewAsync(context, input, Output(input, guarded, prompt, original, upstream, scored, firstRound, squad, timings), backlog);
    }

    /// <summary>The answer to align: the request's, or the upstream LLM's with its usage.</summary>
    private static async Task<(string Text, UpstreamAnswer? Upstream)> AnswerAsync(TaskOrchestrationContext context, AlignmentInput input,
        ProtectedRequest? guarded, string prompt, List<ActivityTiming> timings)
    {
        if ((guarded is null ? input.Request.Response : guarded.Response) is { } given)
        {
            return (given, null);
        }
        context.SetCustomStatus(new AlignmentProgress("llm"));
        var answer = await context.CallLlmAsync(new LlmCall(prompt, guarded?.Chat ?? input.Request.Chat), input.Retries.Llm.ToTaskOptions());
        timings.Add(new ActivityTiming("llm", CallLlmActivity.TaskName, answer.DurationMs));
        return (answer.Text, new UpstreamAnswer(answer.Model, answer.InputTokens, answer.OutputTokens));
    }

    /// <summary>One criterion's rewrite: what its aligner is asked, for which version, and which criteria score the result.</summary>
    private sealed record RewriteStep(string Prompt, string Criterion, int Version, IReadOnlyList<string> Scored, IReadOnlyList<PrivacyVaultEntry>? Vault);

    /// <summary>
    /// The visited criterion's aligner, then the gate's inputs at once (every inspector on the
    /// rewrite, and its topic against the replaced text's), then the gate's verdict into the ledger.
    /// </summary>
    private static async Task RewriteStepAsync(TaskOrchestrationContext context, AlignmentInput input, RewriteStep step, SquadLedger squad,
        List<ActivityTiming> timings, AuditBacklog backlog)
    {
        var policy = input.Policy;
        var (criterion, version) = (step.Criterion, step.Version);
        context.SetCustomStatus(new AlignmentProgress($"aligning:{criterion}"));
        var backend = policy.AlignerBackendOf(criterion);
        var redacting = backend == AlignerBackends.Redactor;
        var (rewrite, notRewritten) = await RewriteAsync(context, input, new AlignCall(step.Prompt, squad.Text, criterion, version, backend,
            squad.Findings.GetValueOrDefault(criterion), redacting ? policy.Privacy : null, redacting ? step.Vault : null), backlog);
        if (rewrite is null)
        {
            squad.Leave(notRewritten!);
            return;
        }
        timings.Add(new ActivityTiming($"align:{version}:{criterion}", AlignActivity.TaskName, rewrite.DurationMs));
        if (rewrite.Declined is { } declined)
        {
            // The refusal aligner found no harmful request to refuse: nothing to inspect or gate.
            squad.Leave(new Unresolved(criterion, "declined", declined));
            return;
        }
        context.SetCustomStatus(new AlignmentProgress("reinspecting"));
        // A redaction changes no topic: the gate judges it by its own criterion alone.
        var redaction = rewrite.Backend == AlignerBackends.Redactor;
        var inspecting = InspectAllAsync(context, input, step.Scored, step.Prompt, rewrite.Text, version, timings, backlog);
        var comparing = redaction ? Task.FromResult<(TopicSimilarity?, string?)>((null, null))
            : CompareTopicAsync(context, input, new TopicCall(step.Prompt, squad.Text, rewrite.Text, criterion, version));
        await Task.WhenAll(inspecting, comparing);
        var candidate = inspecting.Result;
        var (topic, topicError) = comparing.Result;
        var ungated = candidate.Failures.FirstOrDefault() is { } f ? StepFailures.RewriteUnscored(criterion, f.Criterion, f.Error, rewrite.Text)
            : topicError is not null ? StepFailures.TopicUncompared(criterion, topicError, rewrite.Text)
            : null;
        if (ungated is not null)
        {
            squad.Leave(ungated);
            return;
        }
        if (topic is not null)
        {
            timings.Add(new ActivityTiming($"topic:{version}:{criterion}", CompareTopicActivity.TaskName, topic.DurationMs));
        }
        var verdict = rewrite.Empty
            ? GateVerdict.Refuse("well-formed", "the aligner returned nothing")
            : AcceptanceGate.Evaluate(new Candidate(criterion, Written(rewrite, squad.Text), squad.Scores, candidate.Scores,
                topic is null ? null : new TopicEvidence(topic.PromptToRewrite, topic.PromptToPrevious, topic.Restatement, topic.PromptToRestatement),
                step.Prompt), policy);
        if (verdict.Accepted)
        {
            squad.Accept(rewrite.Text, candidate.Scores, candidate.Findings);
        }
        else
        {
            squad.Leave(new Unresolved(criterion, verdict.Check!, verdict.Reason!, rewrite.Empty ? null : rewrite.Text));
        }
    }

    /// <summary>The rewrite as the gate reads it: what was written in place of <paramref name="previous"/>, and how.</summary>
    private static RewrittenText Written(Rewrite rewrite, string previous) => new(rewrite.Text, previous,
        rewrite.Backend switch
        {
            AlignerBackends.Facts => RewriteKind.CheckerCorrection,
            AlignerBackends.Redactor => RewriteKind.Redaction,
            _ when rewrite is { Model: AlignActivity.RefusalModel, Declined: null, Refusal: { } refusal } && HarmCategories.IsSelfHarm(refusal.Category)
                => RewriteKind.SelfHarmRefusal,
            _ => RewriteKind.Composed,
        },
        CutOff: rewrite.FinishReason == "length", rewrite.StockMatches, rewrite.Confidence);
}
