using System.Text.Json;
using Aligners.Functions.Hosting;
using Aligners.Functions.Security;
using Aligners.Orchestration.Client;
using Aligners.Orchestration.Instances;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Aligners.Functions.Apis;

/// <summary><c>/api/align</c>: start (sync or async), status, and the audit trail.</summary>
internal static class AlignApi
{
    public static IEndpointRouteBuilder MapAlignApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/align");
        group.MapPost("", StartAsync).WithName(FunctionNames.Align).RequireKey(KeyLevel.Function);
        group.MapGet("/{id}", StatusAsync).WithName(FunctionNames.AlignStatus).RequireKey(KeyLevel.Function);
        group.MapGet("/{id}/audit", AuditAsync).WithName(FunctionNames.AlignAudit).RequireKey(KeyLevel.Admin);
        return app;
    }

    /// <summary>The services the handlers share.</summary>
    internal sealed record Services(AlignmentClient Client, IOptions<ApiOptions> Api, LinkGenerator Links);

    private static async Task<IResult> StartAsync(HttpContext http, [AsParameters] Services s, CancellationToken ct)
    {
        var api = s.Api.Value;
        var (bytes, problem) = await JsonBody.ReadBytesAsync(http.Request, api.MaxAlignBodyBytes, ct);
        if (problem is not null)
        {
            return problem;
        }
        var (input, parseProblem) = JsonBody.Parse<AlignInput>(bytes, "body");
        if (parseProblem is not null)
        {
            return parseProblem;
        }
        var key = http.Request.Headers["Idempotency-Key"].FirstOrDefault();
        var async = http.Request.Headers["Prefer"].Any(p => p?.Contains("respond-async", StringComparison.OrdinalIgnoreCase) == true);
        var budget = TimeSpan.FromSeconds(api.InlineBudgetSeconds);
        StartResult started;
        try
        {
            var request = input!.ToRequest(api.MaxTextCharacters);
            started = await s.Client.StartAsync(request, new StartOptions
            {
                IdempotencyKey = key,
                // The safety net: if this process dies mid-request, a worker picks the instance up.
                MessageDelay = async ? null : budget + TimeSpan.FromSeconds(5),
            }, ct);
        }
        catch (AlignmentRequestException e)
        {
            var field = e.Field == "idempotencyKey" ? "Idempotency-Key" : e.Field;
            return e.TooLarge ? Problems.TooLarge(field, e.Problem) : Problems.Invalid(field, e.Problem);
        }
        if (async || budget <= TimeSpan.Zero)
        {
            return Accepted(http, started.InstanceId, s.Links);
        }
        var status = await s.Client.RunInlineAsync(started.InstanceId, started.Message, budget, ct);
        return status.RuntimeStatus switch
        {
            RuntimeStatus.Completed => TypedResults.Ok(StatusBody.From(status)),
            RuntimeStatus.Failed => Problems.Failed(status.InstanceId, status.Error ?? "the alignment failed"),
            _ => Accepted(http, started.InstanceId, s.Links),
        };
    }

    private static async Task<IResult> StatusAsync(string id, HttpContext http, [AsParameters] Services s, CancellationToken ct)
    {
        if (!InstanceIds.IsValid(id))
        {
            return Problems.Invalid("id", "is not an instance id (32 lower-case hex digits)");
        }
        var status = await s.Client.GetStatusAsync(id, ct);
        if (status is null)
        {
            return Problems.NotFound("id", $"no instance '{id}'");
        }
        var body = StatusBody.From(status);
        if (status.RuntimeStatus is RuntimeStatus.Pending or RuntimeStatus.Running)
        {
            http.Response.Headers.Location = StatusUri(http, id, s.Links);
            http.Response.Headers.RetryAfter = "1";
            return TypedResults.Json(body, JsonBody.Options, statusCode: StatusCodes.Status202Accepted);
        }
        return TypedResults.Json(body, JsonBody.Options);
    }

    private static async Task<IResult> AuditAsync(string id, [AsParameters] Services s, CancellationToken ct)
    {
        if (!InstanceIds.IsValid(id))
        {
            return Problems.Invalid("id", "is not an instance id (32 lower-case hex digits)");
        }
        var lines = await s.Client.ReadJournalAsync(id, ct);
        if (lines is null)
        {
            return Problems.NotFound("id", $"no instance '{id}'");
        }
        var verification = Orchestration.Journal.HashChain.Verify(lines);
        var events = lines.Select(l =>
        {
            try
            {
                return JsonDocument.Parse(l).RootElement.Clone();
            }
            catch (JsonException)
            {
                return JsonSerializer.SerializeToElement(new { unreadable = l });
            }
        }).ToList();
        return TypedResults.Json(new { instanceId = id, verification, events }, JsonBody.Options);
    }

    private static Accepted<CheckStatus> Accepted(HttpContext http, string id, LinkGenerator links)
    {
        var statusUri = StatusUri(http, id, links);
        return TypedResults.Accepted(statusUri, new CheckStatus(id, statusUri,
            links.GetUriByName(http, FunctionNames.AlignAudit, new { id }) ?? ""));
    }

    private static string StatusUri(HttpContext http, string id, LinkGenerator links) =>
        links.GetUriByName(http, FunctionNames.AlignStatus, new { id }) ?? $"/api/align/{id}";
}

/// <summary>The Durable Functions check-status shape of a 202 answer.</summary>
public sealed record CheckStatus(string Id, string StatusQueryGetUri, string AuditGetUri);

/// <summary>The Durable Functions status shape, with the stage.</summary>
public sealed record StatusBody(string Name, string InstanceId, string RuntimeStatus, string Stage, DateTimeOffset CreatedTime,
    DateTimeOffset LastUpdatedTime, AlignmentOutput? Output, string? Error)
{
    /// <summary>From an instance status.</summary>
    public static StatusBody From(InstanceStatus s) =>
        new("Alignment", s.InstanceId, s.RuntimeStatus.ToString(), s.Stage, s.CreatedAt, s.UpdatedAt, s.Output, s.Error);
}

/// <summary>Instance id syntax.</summary>
internal static class InstanceIds
{
    public static bool IsValid(string id) => id.Length == 32 && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
