using System.Text.Json.Nodes;

namespace Aligners.Orchestration.Audit;

/// <summary>
/// One line of an instance's audit record: <c>{seq, id, type, time, data, prev, keyVersion, hash}</c>.
/// <see cref="Id"/> names the step (<c>inspect:0:ethical</c>), so a step delivered twice is
/// recorded once; <see cref="Hash"/> is HMAC-SHA256 under the audit key of <see cref="KeyVersion"/>
/// over <see cref="Prev"/> and the entry's canonical JSON (see <see cref="HashChain"/>), so
/// changing any entry breaks the chain from there on, and nobody without the key can write one
/// that verifies. <see cref="KeyVersion"/> is null only in entries written before keyed chaining.
/// </summary>
public sealed record AuditEntry(long Seq, string Id, string Type, DateTimeOffset Time, JsonObject Data, string Prev, string? KeyVersion, string Hash);

/// <summary>The entry types of an audit record.</summary>
public static class AuditTypes
{
    /// <summary>First entry: the request, the resolved criteria, the policy and who asked.</summary>
    public const string Started = "Started";

    /// <summary>The upstream LLM's answer.</summary>
    public const string Answered = "Answered";

    /// <summary>One criterion's inspector score on one version of the answer.</summary>
    public const string Inspected = "Inspected";

    /// <summary>An aligner's rewrite of one version of the answer.</summary>
    public const string Rewritten = "Rewritten";

    /// <summary>How close a rewrite and the text it would replace are to the prompt's topic.</summary>
    public const string TopicCompared = "TopicCompared";

    /// <summary>The answer went to the review queue, and why.</summary>
    public const string ReviewQueued = "ReviewQueued";

    /// <summary>The answer released to the caller under the privacy mode: what the last scan found, how many placeholders got their values back.</summary>
    public const string Released = "Released";

    /// <summary>A reviewer's decision, after the instance completed.</summary>
    public const string Reviewed = "Reviewed";

    /// <summary>Last entry of a completed instance: the output.</summary>
    public const string Completed = "Completed";

    /// <summary>Last entry of a failed instance: the error.</summary>
    public const string Failed = "Failed";
}
