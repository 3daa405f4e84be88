using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Instances;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Workflows;

/// <summary>The privacy steps around the squad: the request protected on its way in, the answer released on its way out.</summary>
public sealed partial class AlignmentOrchestrator
{
    /// <summary>
    /// Unless the policy's privacy mode is off: the request scanned and, in the redacting modes,
    /// its values replaced by placeholders. What comes back, vault included, stays in this
    /// orchestration's state; only the protected texts and the findings reach the audit record.
    /// </summary>
    private static async Task<ProtectedRequest?> ProtectAsync(TaskOrchestrationContext context, AlignmentInput input)
    {
        var privacy = input.Policy.Privacy;
        if (privacy.Mode == PrivacyModes.Off)
        {
            return null;
        }
        context.SetCustomStatus(new AlignmentProgress("protecting"));
        return await context.ProtectPromptAsync(new ProtectCall(input.Request.Prompt, input.Request.Chat, input.Request.Response, privacy), input.Retries.Inference.ToTaskOptions());
    }

    /// <summary>
    /// The answer released under the privacy mode: the output as recorded (texts as the pipeline
    /// handled them, with the release's findings) and as returned (the caller's prompt, and the
    /// texts with the caller's values back or redacted as the mode says).
    /// </summary>
    private static async Task<(AlignmentOutput Recorded, AlignmentOutput Returned)> ReleaseAsync(TaskOrchestrationContext context,
        AlignmentInput input, ProtectedRequest guarded, AlignmentOutput output, AuditBacklog backlog)
    {
        context.SetCustomStatus(new AlignmentProgress("releasing"));
        var carried = backlog.Carry();
        var released = await context.ReleaseAnswerAsync(new ReleaseCall(output.Aligned, output.Response, output.ShadowRewrite, guarded.Vault, input.Policy.Privacy, carried),
            input.Retries.Storage.ToTaskOptions());
        backlog.Recorded(carried);
        var report = (output.Privacy ?? new PrivacyReport(input.Policy.Privacy.Mode, guarded.Findings, [], [])) with
        {
            Released = released.Findings,
            Restored = released.Restored,
        };
        var recorded = output with
        {
            Privacy = report,
            Activities = [.. output.Activities, new ActivityTiming("privacy:release", ReleaseAnswerActivity.TaskName, released.DurationMs)],
        };
        // A value the release redacted from the answer changed it, as an aligner would have.
        var redactedOnRelease = input.Policy.Privacy.Redacts && !input.Policy.Shadow && released.Findings.Any(f => f.Where == "aligned");
        var returned = recorded with
        {
            Prompt = input.Request.Prompt,
            Response = released.Response,
            Aligned = released.Aligned,
            ShadowRewrite = released.ShadowRewrite,
            Changed = output.Changed || redactedOnRelease,
        };
        return (recorded, returned);
    }
}
