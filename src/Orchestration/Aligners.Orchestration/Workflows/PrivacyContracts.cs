using Aligners.Inference.Privacy;
using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Instances;

namespace Aligners.Orchestration.Workflows;

/// <summary>Input of <see cref="ProtectPromptActivity"/>: the request's texts and the policy's privacy rules.</summary>
/// <param name="Prompt">The prompt.</param>
/// <param name="Chat">The conversation of an OpenAI-compatible request, whose last user message is the prompt.</param>
/// <param name="Response">The answer the request brought, if any.</param>
/// <param name="Settings">The policy's privacy rules.</param>
public sealed record ProtectCall(string Prompt, ChatRequest? Chat, string? Response, PrivacySettings Settings);

/// <summary>
/// The request as the pipeline goes on with it: in the redacting modes with placeholders for the
/// values found in the prompt and conversation (and for those values where a given response repeats
/// them); the findings; and the vault, the placeholders' values.
/// </summary>
/// <remarks>
/// The vault holds personal data. It lives in the orchestration's state only (this result, and the
/// input of the steps that need it): the audit record is written from the other fields, never from it.
/// </remarks>
public sealed record ProtectedRequest(string Prompt, ChatRequest? Chat, string? Response, IReadOnlyList<PrivacyMark> Findings,
    IReadOnlyList<PrivacyVaultEntry> Vault, double DurationMs);

/// <summary>Input of <see cref="ReleaseAnswerActivity"/>: the texts about to leave, the vault, and the rules.</summary>
/// <param name="Aligned">The answer returned.</param>
/// <param name="Response">The answer as it came.</param>
/// <param name="ShadowRewrite">In shadow mode, the rewrite that would have been returned.</param>
/// <param name="Vault">The placeholders given out on the way in (<see cref="ProtectedRequest.Vault"/>).</param>
/// <param name="Settings">The policy's privacy rules.</param>
/// <param name="Carried">Audit entries the orchestration states, recorded before the release's.</param>
public sealed record ReleaseCall(string Aligned, string Response, string? ShadowRewrite, IReadOnlyList<PrivacyVaultEntry> Vault, PrivacySettings Settings,
    IReadOnlyList<AuditCall>? Carried = null);

/// <summary>The texts as the caller gets them, how many placeholders got their values back, and what the last scan found.</summary>
public sealed record ReleasedAnswer(string Aligned, string Response, string? ShadowRewrite, int Restored, IReadOnlyList<PrivacyMark> Findings, double DurationMs);
