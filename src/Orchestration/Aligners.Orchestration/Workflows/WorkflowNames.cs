namespace Aligners.Orchestration.Workflows;

/// <summary>
/// The names orchestrators and activities are registered and called by: the same on the
/// Functions host (the <c>[Function]</c> names) and on the local host (the task registry). Each
/// class carries its name in <see cref="WorkflowTaskAttribute"/>; <see cref="WorkflowCatalog"/> lists them.
/// </summary>
public static class WorkflowNames
{
    /// <summary>One answer through the inspectors and the squad.</summary>
    public const string Alignment = "Alignment";

    /// <summary>A bulk job: chunks in bounded waves, then one results blob.</summary>
    public const string BulkJob = "BulkJob";

    /// <summary>One chunk of a bulk job: its lines' alignments and its slice of the results.</summary>
    public const string BulkChunk = "BulkChunk";

    /// <summary>Ask the upstream LLM for an answer.</summary>
    public const string CallLlm = "CallLlm";

    /// <summary>Scan the request and, where the policy says so, put its personal data behind placeholders before the upstream LLM.</summary>
    public const string ProtectPrompt = "ProtectPrompt";

    /// <summary>Release the answer to the caller: the caller's values back or redacted, anything else found redacted.</summary>
    public const string ReleaseAnswer = "ReleaseAnswer";

    /// <summary>Score one version of the answer under one criterion.</summary>
    public const string Inspect = "Inspect";

    /// <summary>Rewrite one version of the answer for one criterion.</summary>
    public const string Align = "Align";

    /// <summary>Compare a rewrite's and the replaced text's similarity to the prompt.</summary>
    public const string CompareTopic = "CompareTopic";

    /// <summary>Append an entry to the instance's audit record.</summary>
    public const string RecordAudit = "RecordAudit";

    /// <summary>Put a finished answer on the review queue.</summary>
    public const string QueueReview = "QueueReview";

    /// <summary>Write a queued request's result blob and notify.</summary>
    public const string DeliverResult = "DeliverResult";

    /// <summary>Read the lines of one bulk chunk.</summary>
    public const string ReadBulkChunk = "ReadBulkChunk";

    /// <summary>Write one bulk chunk's result lines.</summary>
    public const string WriteBulkChunk = "WriteBulkChunk";

    /// <summary>Write the result lines of a bulk chunk that failed whole: each of its lines failed, with the reason.</summary>
    public const string FailBulkChunk = "FailBulkChunk";

    /// <summary>Join a bulk job's chunk results into its results blob, in input order.</summary>
    public const string AssembleBulkResults = "AssembleBulkResults";
}
