namespace Aligners.Functions.Hosting;

/// <summary>The names of the HTTP- and queue-triggered functions, as <c>functions.metadata</c> lists them.</summary>
public static class FunctionNames
{
    /// <summary><c>POST /api/align</c>.</summary>
    public const string AlignStart = "AlignStart";

    /// <summary><c>GET /api/align/{id}</c>.</summary>
    public const string AlignStatus = "AlignStatus";

    /// <summary><c>GET /api/align/{id}/audit</c> (admin).</summary>
    public const string AlignAudit = "AlignAudit";

    /// <summary><c>POST /api/align/{id}/terminate</c> (admin).</summary>
    public const string AlignTerminate = "AlignTerminate";

    /// <summary><c>DELETE /api/align/{id}</c>: purge the engine's history (admin; the audit record stays).</summary>
    public const string AlignPurge = "AlignPurge";

    /// <summary><c>POST /api/bulk</c>.</summary>
    public const string BulkStart = "BulkStart";

    /// <summary><c>GET /api/bulk/{id}</c>.</summary>
    public const string BulkStatus = "BulkStatus";

    /// <summary><c>GET /api/bulk/{id}/results</c>.</summary>
    public const string BulkResults = "BulkResults";

    /// <summary><c>POST /api/bulk/{id}/retry</c>: a new job of a finished job's failed lines.</summary>
    public const string BulkRetry = "BulkRetry";

    /// <summary><c>GET /api/reviews</c> (admin).</summary>
    public const string ReviewList = "ReviewList";

    /// <summary><c>GET /api/reviews/{tenant}/{id}</c> (admin).</summary>
    public const string ReviewGet = "ReviewGet";

    /// <summary><c>POST /api/reviews/{tenant}/{id}/decision</c> (admin).</summary>
    public const string ReviewDecide = "ReviewDecide";

    /// <summary><c>POST /api/v1/chat/completions</c>: OpenAI-compatible (the key is checked by the app, as a bearer token or the Functions key).</summary>
    public const string ChatCompletions = "ChatCompletions";

    /// <summary><c>GET /api/instances</c> (admin): recent alignment instances.</summary>
    public const string InstanceList = "InstanceList";

    /// <summary><c>GET /api/instances/{id}</c> (admin): one instance with its diff and audit verification.</summary>
    public const string InstanceGet = "InstanceGet";

    /// <summary><c>GET /api/bulk</c> (admin): bulk jobs with their progress.</summary>
    public const string BulkList = "BulkList";

    /// <summary><c>GET /api/stats</c> (admin): flag and rewrite rates per day.</summary>
    public const string Stats = "Stats";

    /// <summary><c>GET /console</c>: the review console's page and assets (no key; the page asks for the admin key).</summary>
    public const string Console = "Console";

    /// <summary><c>GET /api/health</c> (no key).</summary>
    public const string Health = "Health";

    /// <summary>Queue trigger on <c>align-requests</c>.</summary>
    public const string AlignRequests = "AlignRequests";

    /// <summary>Queue trigger on <c>bulk-requests</c>.</summary>
    public const string BulkRequests = "BulkRequests";
}
