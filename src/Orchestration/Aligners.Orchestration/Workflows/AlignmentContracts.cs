using System.Text.Json.Nodes;
using Aligners.Inference.Client;
using Aligners.Inference.Facts;
using Aligners.Inference.Generation;
using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Instances;
using Microsoft.DurableTask.Client;

namespace Aligners.Orchestration.Workflows;

/// <summary>
/// The input of an alignment instance: the request with its criteria and policy resolved when it
/// was accepted, so a replay or a configuration change never changes what the instance does.
/// </summary>
/// <param name="Request">The caller's request.</param>
/// <param name="Criteria">The criteria to check, in the caller's order.</param>
/// <param name="Policy">The whole policy the instance runs under.</param>
/// <param name="Retries">The retry policies of its activities.</param>
/// <param name="JobId">The bulk job the instance belongs to.</param>
/// <param name="ReplyTo">For the queue path: the request id whose result blob and notification to write.</param>
/// <param name="Tenant">The tenant whose key started it.</param>
/// <param name="RequestSha256">The request's <see cref="Requests.RequestFingerprint"/>, where an idempotency key is bound to it.</param>
public sealed record AlignmentInput(AlignmentRequest Request, IReadOnlyList<string> Criteria, AlignmentPolicy Policy, Retries Retries,
    string? JobId = null, string? ReplyTo = null, string Tenant = Tenants.TenantDirectory.DefaultTenant, string? RequestSha256 = null);

/// <summary>Input of <see cref="CallLlmActivity"/>: the prompt, or with <paramref name="Chat"/> the whole conversation.</summary>
public sealed record LlmCall(string Prompt, ChatRequest? Chat = null);

/// <summary>The upstream LLM's answer.</summary>
public sealed record LlmAnswer(string Text, string? Model, long? InputTokens, long? OutputTokens, double DurationMs);

/// <summary>
/// Input of <see cref="InspectActivity"/>: version <paramref name="Version"/> of the answer, scored by the <paramref name="Backend"/>
/// inspector (<see cref="InspectorBackends"/>); for the privacy scanner, the policy's <paramref name="Privacy"/> rules.
/// </summary>
public sealed record InspectCall(string Prompt, string Text, string Criterion, int Version, string Backend = InspectorBackends.Model,
    PrivacySettings? Privacy = null);

/// <summary>
/// P(aligned) of one version under one criterion. With the fact checker or the LLM judge, the
/// model's own score too, the checked claims (<see cref="Findings"/>) that moved it, and the judge's
/// reason or, where the judge failed and the model's score stands, its error. With the privacy
/// scanner, what it found (<see cref="Privacy"/>: types, spans, fingerprints, never the values).
/// <see cref="Worker"/>: the process that scored it, for the audit record, where the orchestration records the round.
/// </summary>
public sealed record InspectorScore(string Criterion, int Version, double Score, double DurationMs, double? ModelScore = null,
    IReadOnlyList<FactFinding>? Findings = null, string? JudgeReason = null, string? JudgeError = null, IReadOnlyList<PrivacyMark>? Privacy = null,
    string? Worker = null);

/// <summary>
/// Input of <see cref="AlignActivity"/>: rewrite <paramref name="Text"/> into version <paramref name="Version"/>
/// with the <paramref name="Backend"/> aligner (<see cref="AlignerBackends"/>).
/// </summary>
/// <remarks>
/// <paramref name="Corrections"/>: the fact checker's findings on <paramref name="Text"/>; where one can be corrected, the correction is the rewrite.
/// <paramref name="Privacy"/> and <paramref name="Vault"/>: for the privacy redactor, the policy's rules and the request's placeholders, whose numbering a new placeholder continues.
/// <paramref name="Carried"/>: entries the orchestration states (the inspection rounds before this step), recorded in the same append as the rewrite.
/// </remarks>
public sealed record AlignCall(string Prompt, string Text, string Criterion, int Version, string Backend = AlignerBackends.Model,
    IReadOnlyList<FactFinding>? Corrections = null, PrivacySettings? Privacy = null, IReadOnlyList<Inference.Privacy.PrivacyVaultEntry>? Vault = null,
    IReadOnlyList<AuditCall>? Carried = null);

/// <summary>
/// An aligner's rewrite; <see cref="Empty"/> when the aligner gave nothing and the text was kept.
/// <see cref="StockMatches"/>: its sentences beside the bundled aligner's stock sentences, for the gate;
/// <see cref="Confidence"/>: how sure the bundled aligner was of it, for the gate.
/// <see cref="Declined"/>: why the refusal aligner wrote nothing (the text is kept and the criterion left unresolved);
/// <see cref="Refusal"/>: what the refusal aligner weighed.
/// <see cref="FactFixComplete"/>: for the fact checker's correction, whether it is whole (nothing it can judge still
/// contradicted, no description of a wrong value kept); null for other aligners.
/// </summary>
public sealed record Rewrite(string Criterion, int Version, string Text, bool Empty, string? Model, int InputTokens, int OutputTokens,
    string? FinishReason, double DurationMs, string Backend = AlignerBackends.Model, IReadOnlyList<StockMatch>? StockMatches = null,
    RewriteConfidence? Confidence = null, string? Declined = null, RefusalWeighing? Refusal = null, bool? FactFixComplete = null);

/// <summary>
/// What the refusal aligner weighed: the harmful category closest to the prompt, the prompt's
/// similarity to it and to the closest ordinary request.
/// </summary>
public sealed record RefusalWeighing(string Category, double HarmSimilarity, double OrdinarySimilarity);

/// <summary>Input of <see cref="CompareTopicActivity"/>: the text a rewrite would replace, and the rewrite.</summary>
public sealed record TopicCall(string Prompt, string Previous, string Rewrite, string Criterion, int Version);

/// <summary>
/// The encoder's cosine similarity of the prompt with the replaced text and with the rewrite, and,
/// when the rewrite is a refusal that restates a request, with that <paramref name="Restatement"/>.
/// </summary>
public sealed record TopicSimilarity(string Criterion, int Version, double PromptToPrevious, double PromptToRewrite, double DurationMs,
    string? Restatement = null, double? PromptToRestatement = null);

/// <summary>
/// Input of <see cref="QueueReviewActivity"/>: the finished output and the criteria concerned;
/// <paramref name="Carried"/>: entries the orchestration states, recorded before the review's.
/// </summary>
public sealed record ReviewCall(AlignmentOutput Output, IReadOnlyList<string> Criteria, IReadOnlyList<AuditCall>? Carried = null);

/// <summary>
/// An audit entry the orchestration states (its start, its end, an inspection round's scores), and
/// the input of <see cref="RecordAuditActivity"/>: <paramref name="Carried"/> are entries
/// stated earlier and not yet recorded, appended before this one in the same request.
/// </summary>
public sealed record AuditCall(string EntryId, string Type, JsonObject Data, IReadOnlyList<AuditCall>? Carried = null);

/// <summary>
/// Input of <see cref="DeliverResultActivity"/>: a queued request's or bulk job's outcome,
/// and the audit entry that ends the instance's record (recorded before the result is delivered).
/// </summary>
public sealed record Delivery(string RequestId, string InstanceId, [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<OrchestrationRuntimeStatus>))] OrchestrationRuntimeStatus Status, AlignmentOutput? Output, string? Error, string? ResultsBlob = null,
    AuditCall? Record = null);

/// <summary>The custom status of a running alignment instance.</summary>
public sealed record AlignmentProgress(string Stage);
