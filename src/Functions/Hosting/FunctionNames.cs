namespace Aligners.Functions.Hosting;

/// <summary>
/// The function names: endpoint names of the HTTP routes, and the paths the Functions host posts
/// queue triggers to. Each has a <c>functions/&lt;Name&gt;/function.json</c>.
/// </summary>
public static class FunctionNames
{
    /// <summary><c>POST /api/align</c>.</summary>
    public const string Align = "Align";

    /// <summary><c>GET /api/align/{id}</c>.</summary>
    public const string AlignStatus = "AlignStatus";

    /// <summary><c>GET /api/align/{id}/audit</c>.</summary>
    public const string AlignAudit = "AlignAudit";

    /// <summary><c>POST /api/bulk</c>.</summary>
    public const string BulkStart = "BulkStart";

    /// <summary><c>GET /api/bulk/{id}</c>.</summary>
    public const string BulkStatus = "BulkStatus";

    /// <summary><c>GET /api/bulk/{id}/results</c>.</summary>
    public const string BulkResults = "BulkResults";

    /// <summary><c>GET /api/health</c>.</summary>
    public const string Health = "Health";

    /// <summary>Queue trigger on <c>align-requests</c>.</summary>
    public const string AlignRequests = "AlignRequests";

    /// <summary>Queue trigger on the bulk fan-out queue.</summary>
    public const string BulkFanout = "BulkFanout";

    /// <summary>Queue trigger on the orchestration work queue.</summary>
    public const string AlignmentWork = "AlignmentWork";

    /// <summary>The HTTP functions.</summary>
    public static readonly string[] Http = [Align, AlignStatus, AlignAudit, BulkStart, BulkStatus, BulkResults, Health];

    /// <summary>The queue-triggered functions.</summary>
    public static readonly string[] Queue = [AlignRequests, BulkFanout, AlignmentWork];
}
