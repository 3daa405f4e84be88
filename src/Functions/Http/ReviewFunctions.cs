using System.Text.Json;
using Aligners.Functions.Hosting;
using Aligners.Inference.Http;
using Aligners.Orchestration.Reviews;
using Aligners.Orchestration.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Aligners.Functions.Http;

/// <summary>
/// <c>/api/reviews</c> (a reviewer's credential, <see cref="Console.ReviewerIdentity"/>): the review queue, page by page, and reviewers' decisions, each
/// recorded in the instance's audit record before the queue row changes.
/// </summary>
public sealed class ReviewFunctions(ReviewStore reviews, Console.ReviewerIdentity reviewers)
{
    /// <summary>The most items one page holds.</summary>
    public const int MaxPageSize = 200;

    /// <summary>A decision: <c>approve-original</c>, <c>approve-rewrite</c>, or <c>replace</c> with <c>text</c>.</summary>
    public sealed record DecisionBody(string? Action, string? Text, string? Reviewer);

    /// <summary>A page of the queue: <c>?tenant=</c>, <c>?state=pending|decided</c>, <c>?pageSize=</c> (1 to 200, default 50), <c>?continuationToken=</c>.</summary>
    [Function("ReviewList")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/reviews")] HttpRequest request,
        CancellationToken ct)
    {
        if (reviewers.Of(request) is null)
        {
            return Console.ReviewerIdentity.Refusal();
        }
        var state = request.Query["state"].FirstOrDefault();
        if (state is not (null or ReviewStates.Pending or ReviewStates.Decided))
        {
            return Problems.Invalid("state", $"'{state}' is not pending or decided");
        }
        var pageSize = 50;
        if (request.Query["pageSize"].FirstOrDefault() is { } raw && (!int.TryParse(raw, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            return Problems.Invalid("pageSize", $"must be a whole number from 1 to {MaxPageSize}");
        }
        var page = await reviews.ListAsync(request.Query["tenant"].FirstOrDefault(), state, pageSize, request.Query["continuationToken"].FirstOrDefault(), ct);
        return TypedResults.Json(new { items = page.Items.Select(View), continuationToken = page.ContinuationToken }, WorkflowJson.Options);
    }

    /// <summary>One item.</summary>
    [Function("ReviewGet")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/reviews/{tenant}/{id}")] HttpRequest request,
        string tenant,
        string id,
        CancellationToken ct)
    {
        if (reviewers.Of(request) is null)
        {
            return Console.ReviewerIdentity.Refusal();
        }
        return InstanceIds.CanExist(id) && await reviews.GetAsync(tenant, id, ct) is { } item
            ? TypedResults.Json(View(item), WorkflowJson.Options)
            : Problems.NotFound("id", $"no review item '{tenant}/{id}'");
    }

    /// <summary>Decides an item; repeating the same decision is harmless, a different one is 409.</summary>
    [Function("ReviewDecide")]
    public async Task<IResult> DecideAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/reviews/{tenant}/{id}/decision")] HttpRequest request,
        string tenant,
        string id,
        CancellationToken ct)
    {
        if (reviewers.Of(request) is not { } reviewer)
        {
            return Console.ReviewerIdentity.Refusal();
        }
        var (bytes, tooLarge) = await HttpBody.ReadAsync(request, 256 * 1024, ct);
        if (tooLarge is not null)
        {
            return tooLarge;
        }
        DecisionBody? body;
        try
        {
            body = JsonSerializer.Deserialize<DecisionBody>(bytes, WorkflowJson.Options);
        }
        catch (JsonException e)
        {
            return Problems.Invalid("body", $"malformed JSON: {e.Message.Split('\n')[0]}");
        }
        if (body?.Action is not { } action || !ReviewActions.All.Contains(action))
        {
            return Problems.Invalid("action", $"must be one of {string.Join(", ", ReviewActions.All)}");
        }
        if (action == ReviewActions.Replace && string.IsNullOrWhiteSpace(body.Text))
        {
            return Problems.Invalid("text", "replace needs the text that stands instead");
        }
        if (action != ReviewActions.Replace && body.Text is not null)
        {
            return Problems.Invalid("text", $"only replace takes a text; {action} keeps a text the pipeline recorded");
        }
        // The decision is signed by the credential that made it, never by a name the body claims.
        if (body.Reviewer is not null && body.Reviewer != reviewer)
        {
            return Problems.Invalid("reviewer", $"decisions are recorded under your credential's name ('{reviewer}'); leave reviewer out");
        }
        try
        {
            var decided = await reviews.DecideAsync(tenant, id, action, body.Text, reviewer, ct);
            return TypedResults.Json(View(decided), WorkflowJson.Options);
        }
        catch (KeyNotFoundException)
        {
            return Problems.NotFound("id", $"no review item '{tenant}/{id}'");
        }
        catch (ReviewConflictException e)
        {
            return Problems.Conflict("action", e.Message);
        }
    }

    private static object View(ReviewItem i) => new
    {
        tenant = i.PartitionKey,
        instanceId = i.RowKey,
        criteria = i.Criteria.Split(',', StringSplitOptions.RemoveEmptyEntries),
        reasons = i.Reasons.Split('\n', StringSplitOptions.RemoveEmptyEntries),
        scores = JsonDocument.Parse(i.ScoresJson).RootElement,
        i.Prompt,
        i.Original,
        i.Rewrite,
        i.Policy,
        i.Shadow,
        i.State,
        i.QueuedAt,
        i.Decision,
        i.FinalText,
        i.Reviewer,
        i.DecidedAt,
    };
}
