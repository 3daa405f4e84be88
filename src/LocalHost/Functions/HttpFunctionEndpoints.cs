using System.Reflection;
using Aligners.Functions.Http;
using Aligners.Inference.Http;
using Aligners.LocalHost.Security;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Aligners.LocalHost.Functions;

/// <summary>
/// Maps every HTTP-triggered function of the function app onto a route, as the Functions host
/// does: the trigger's methods and route under host.json's route prefix, its authorization level
/// checked before the function runs, its parameters bound from the request (the trigger's
/// <c>HttpRequest</c>, route values by name, the <c>[DurableClient]</c>, the request's
/// cancellation), and an invalid request it throws answered as the worker's middleware answers it. The functions themselves run unchanged; none of the API is written twice.
/// </summary>
public static class HttpFunctionEndpoints
{
    /// <summary>Maps the HTTP functions of <paramref name="assembly"/>; fails at startup on a parameter it cannot bind.</summary>
    public static IEndpointRouteBuilder MapHttpFunctions(this IEndpointRouteBuilder app, Assembly assembly, string routePrefix)
    {
        foreach (var function in FunctionCatalog.Find<HttpTriggerAttribute>(assembly))
        {
            var trigger = (HttpTriggerAttribute)function.TriggerAttribute;
            if (function.Method.ReturnType != typeof(Task<IResult>) && function.Method.ReturnType != typeof(IResult))
            {
                throw new InvalidOperationException($"function {function.Name} returns {function.Method.ReturnType.Name}; the local host runs functions that return IResult");
            }
            var binders = function.Method.GetParameters().Select(p => Binder(function, p)).ToArray();
            var route = "/" + string.Join('/', new[] { routePrefix, trigger.Route ?? function.Name }.Where(s => !string.IsNullOrEmpty(s)));
            var methods = (trigger.Methods is { Length: > 0 } m ? m : ["get", "post"]).Select(v => v.ToUpperInvariant()).ToArray();
            app.MapMethods(route, methods, async context =>
            {
                if (!context.RequestServices.GetRequiredService<KeyCheck>().Allows(context.Request, trigger.AuthLevel))
                {
                    await Problems.Unauthorized("x-functions-key", trigger.AuthLevel == AuthorizationLevel.Admin
                        ? "this route needs the admin key" : "a function key is required (x-functions-key header or code query parameter)").ExecuteAsync(context);
                    return;
                }
                var target = function.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(context.RequestServices, function.Type);
                IResult result;
                try
                {
                    result = (IResult)(await FunctionCatalog.InvokeAsync(function, target, [.. binders.Select(b => b(context))]))!;
                }
                catch (Exception e) when (InvalidRequestMiddleware.Answer(e) is { } problem)
                {
                    // What the function app's worker middleware does on the Functions host.
                    result = problem;
                }
                await result.ExecuteAsync(context);
            }).WithName(function.Name);
        }
        return app;
    }

    private static Func<HttpContext, object?> Binder(FunctionEntry function, ParameterInfo p)
    {
        if (p == function.Trigger)
        {
            return p.ParameterType == typeof(HttpRequest)
                ? c => c.Request
                : throw new InvalidOperationException($"function {function.Name}: the local host binds the HTTP trigger as HttpRequest, not {p.ParameterType.Name}");
        }
        if (p.GetCustomAttribute<DurableClientAttribute>() is not null)
        {
            return c => c.RequestServices.GetRequiredService<DurableTaskClient>();
        }
        if (p.ParameterType == typeof(CancellationToken))
        {
            return c => c.RequestAborted;
        }
        if (p.ParameterType == typeof(string))
        {
            var name = p.Name!;
            return c => c.Request.RouteValues.TryGetValue(name, out var v) ? v?.ToString() : c.Request.Query[name].FirstOrDefault();
        }
        throw new InvalidOperationException($"function {function.Name}: the local host cannot bind parameter '{p.Name}' of type {p.ParameterType.Name}");
    }
}
