using Microsoft.AspNetCore.Http;

namespace Aligners.Functions.Http;

/// <summary>
/// The 202 body of an asynchronous start, in the shape of Durable Functions' check-status payload
/// (<c>id</c>, <c>statusQueryGetUri</c>, <c>terminatePostUri</c>, <c>purgeHistoryDeleteUri</c>),
/// but linking to the app's own tenant-checked routes.
/// </summary>
/// <remarks>
/// Durable Functions' own payload carries the host's system key (<c>durabletask_extension</c> on
/// Azure) in every link, and that key opens every instance of the shared task hub to whoever holds
/// it; a tenant must never receive it. These links carry no key: the caller presents its own, and
/// each route answers only for the caller's own instances. There is no <c>sendEventPostUri</c>:
/// no workflow of the app waits for an external event.
/// </remarks>
public sealed record CheckStatusPayload(string Id, string StatusQueryGetUri, string TerminatePostUri, string PurgeHistoryDeleteUri)
{
    /// <summary>The links of alignment instance <paramref name="instanceId"/> on the host that received <paramref name="request"/>.</summary>
    public static CheckStatusPayload ForAlignment(HttpRequest request, string instanceId)
    {
        var status = $"{request.Scheme}://{request.Host}{request.PathBase}/api/align/{instanceId}";
        return new CheckStatusPayload(instanceId, status, status + "/terminate", status);
    }
}
