using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Privacy;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Workflows;

public sealed partial class AlignmentOrchestrator
{
    /// <summary>The squad on the request as <paramref name="guarded"/> left it (with placeholders in the redacting privacy modes).</summary>
    private static async Task<AlignmentOutput> AlignAsync(TaskOrchestrationContext context, AlignmentInput input, ProtectedRequest? guarded)
    {
        var prompt = guarded?.Prompt ?? input.Request.Prompt;
        var policy = input.Policy;
        var vault = guarded?.Vault;
        var timings = new List<ActivityTiming>();
        if (guarded is not null)
        {
            timings.Add(new ActivityTiming("privacy:protect", WorkflowNames.ProtectPrompt, guarded.DurationMs));
        }
        var text = guarded is null ? input.Request.Response : guarded.Response;
        UpstreamAnswer? upstream = null;
        if (text is null)
        {
            context.SetCustomStatus(new AlignmentProgress("llm"));
            var answer = await context.CallActivityAsync<LlmAnswer>(WorkflowNames.CallLlm, new LlmCall(prompt, guarded?.Chat ?? input.Request.Chat),
                input.Retries.Llm.ToTaskOptions());
            timings.Add(new ActivityTiming("llm", WorkflowNames.CallLlm, answer.DurationMs));
            text = answer.Text;
            upstream = new UpstreamAnswer(answer.Model, answer.InputTokens, answer.OutputTokens);
        }
        var original = text;

        context.SetCustomStatus(new AlignmentProgress("inspecting"));
        var firstRound = await InspectAllAsync(context, input, input.Criteria, prompt, text, version: 0, timings);
        var unresolved = new List<Unresolved>(firstRound.Failures.Select(f => StepFailures.Unscored(f.Criterion, f.Error)));
        // A criterion whose inspector failed has no score: the squad and every later round leave it out.
        var scored = input.Criteria.Where(firstRound.Scores.ContainsKey).ToList();
        var first = firstRound.Scores;
        var scores = first;
        var findings = firstRound.Findings;
        var version = 0;
        var steps = new List<SquadStep>();
        var applied = new List<string>();
        foreach (var criterion in Squad.Order(scored, first, policy))
        {
            var threshold = policy.ThresholdOf(criterion);
            var gating = policy.Reinspect ? scores : first;
            var score = gating[criterion];
            if (Squad.Visit(score, threshold, version, policy.MaxRewrites) is { } outcome)
            {
                steps.Add(new SquadStep(criterion, score, threshold, Aligned: false, outcome));
                if (outcome == SquadOutcomes.NoRewritesLeft)
                {
                    unresolved.Add(new Unresolved(criterion, outcome, $"the policy allows {policy.MaxRewrites} rewrites and they are used"));
                }
                continue;
            }
            context.SetCustomStatus(new AlignmentProgress($"aligning:{criterion}"));
            version++;
            var backend = policy.AlignerBackendOf(criterion);
            var redacting = backend == AlignerBackends.Redactor;
            var (rewrite, notRewritten) = await RewriteAsync(context, input,
                new AlignCall(prompt, text, criterion, version, backend, findings.GetValueOrDefault(criterion),
                    redacting ? policy.Privacy : null, redacting ? vault : null));
            if (rewrite is null)
            {
                steps.Add(new SquadStep(criterion, score, threshold, Aligned: false, SquadOutcomes.Unresolved, notRewritten!.Reason));
                unresolved.Add(notRewritten);
                continue;
            }
            timings.Add(new ActivityTiming($"align:{version}:{criterion}", WorkflowNames.Align, rewrite.DurationMs));
            if (rewrite.Declined is { } declined)
            {
                // The refusal aligner found no harmful request to refuse: nothing to inspect or gate.
                steps.Add(new SquadStep(criterion, score, threshold, Aligned: false, SquadOutcomes.Unresolved, declined));
                unresolved.Add(new Unresolved(criterion, "declined", declined));
                continue;
            }
            context.SetCustomStatus(new AlignmentProgress("reinspecting"));
            // The gate's inputs at once: every inspector on the rewrite, and its topic against the replaced text's
            // (not for a redaction, which changes no topic: the gate judges it by its own criterion alone).
            var redaction = rewrite.Backend == AlignerBackends.Redactor;
            var inspecting = InspectAllAsync(context, input, scored, prompt, rewrite.Text, version, timings);
            var comparing = redaction ? Task.FromResult<(TopicSimilarity?, string?)>((null, null))
                : CompareTopicAsync(context, input, new TopicCall(prompt, text, rewrite.Text, criterion, version));
            await Task.WhenAll(inspecting, comparing);
            var candidate = inspecting.Result;
            var (topic, topicError) = comparing.Result;
            var ungated = candidate.Failures.FirstOrDefault() is { } f ? StepFailures.RewriteUnscored(criterion, f.Criterion, f.Error, rewrite.Text)
                : topicError is not null ? StepFailures.TopicUncompared(criterion, topicError, rewrite.Text)
                : null;
            if (ungated is not null)
            {
                steps.Add(new SquadStep(criterion, score, threshold, Aligned: false, SquadOutcomes.Unresolved, ungated.Reason));
                unresolved.Add(ungated);
                continue;
            }
            if (topic is not null)
            {
                timings.Add(new ActivityTiming($"topic:{version}:{criterion}", WorkflowNames.CompareTopic, topic.DurationMs));
            }
            var verdict = rewrite.Empty
                ? GateVerdict.Refuse("well-formed", "the aligner returned nothing")
                : AcceptanceGate.Evaluate(new Candidate(criterion, rewrite.Text, rewrite.FinishReason == "length", scores, candidate.Scores,
                    topic?.PromptToRewrite, topic?.PromptToPrevious, rewrite.StockMatches, topic?.Restatement, topic?.PromptToRestatement,
                    rewrite.Backend == AlignerBackends.Facts, rewrite.Confidence, text, redaction), policy);
            if (verdict.Accepted)
            {
                text = rewrite.Text;
                scores = candidate.Scores;
                findings = candidate.Findings;
                applied.Add(criterion);
                steps.Add(new SquadStep(criterion, score, threshold, Aligned: true, SquadOutcomes.Rewritten));
            }
            else
            {
                steps.Add(new SquadStep(criterion, score, threshold, Aligned: false, SquadOutcomes.Unresolved, verdict.Reason));
                unresolved.Add(new Unresolved(criterion, verdict.Check!, verdict.Reason!, rewrite.Empty ? null : rewrite.Text));
            }
        }
        var heldForReview = false;
        if (unresolved.Count > 0)
        {
            switch (policy.OnUnresolved)
            {
                case UnresolvedActions.Fallback when unresolved.Select(u => policy.FallbackTexts.GetValueOrDefault(u.Criterion)).FirstOrDefault(t => t is not null) is { } fallback:
                    version++;
                    context.SetCustomStatus(new AlignmentProgress("fallback"));
                    text = fallback;
                    var fallbackRound = await InspectAllAsync(context, input, scored, prompt, text, version, timings);
                    (scores, findings) = (fallbackRound.Scores, fallbackRound.Findings);
                    unresolved.AddRange(fallbackRound.Failures.Select(f => StepFailures.FallbackUnscored(f.Criterion, f.Error)));
                    break;
                case UnresolvedActions.Review:
                    heldForReview = true;
                    break;
            }
        }
        // Shadow mode: everything above ran and is reported; the caller gets the answer as it came.
        var returned = policy.Shadow ? original : text;
        var output = new AlignmentOutput
        {
            Prompt = prompt,
            Response = original,
            Aligned = returned,
            Changed = returned != original,
            Shadow = policy.Shadow,
            ShadowRewrite = policy.Shadow && text != original ? text : null,
            Tenant = input.Tenant,
            Upstream = upstream,
            Scores = scored.Where(scores.ContainsKey).ToDictionary(c => c, c => new CriterionScores(first[c], scores[c])),
            Facts = [.. firstRound.Findings.Values.SelectMany(f => f)],
            Privacy = guarded is null && firstRound.Privacy is null ? null
                : new PrivacyReport(policy.Privacy.Mode, guarded?.Findings ?? [], firstRound.Privacy ?? [], []),
            Applied = applied,
            Unresolved = unresolved,
            HeldForReview = heldForReview,
            Steps = steps,
            Activities = timings,
            Policy = policy.Name,
            PolicyVersion = policy.Version,
            Metadata = input.Request.Metadata,
        };
        var reasons = ReviewTriage.Reasons(output, policy);
        if (reasons.Count == 0)
        {
            return output;
        }
        output = output with { QueuedForReview = true, ReviewReasons = [.. reasons.Select(r => r.Text)] };
        context.SetCustomStatus(new AlignmentProgress("queueing-review"));
        await context.CallActivityAsync(WorkflowNames.QueueReview, new ReviewCall(output, [.. reasons.Select(r => r.Criterion).Distinct()]),
            input.Retries.Storage.ToTaskOptions());
        return output;
    }
}
