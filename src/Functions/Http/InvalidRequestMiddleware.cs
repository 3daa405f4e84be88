using Aligners.Inference.Http;
using Aligners.Orchestration.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Aligners.Functions.Http;

/// <summary>
/// Answers an <see cref="InvalidRequestException"/> that escapes an HTTP function with its problem
/// (400, or 404, 409 or 413 as the exception says), so a function states what is wrong and throws
/// rather than each catching and answering. Other triggers are left alone: a queue function turns
/// the exception into a poison message itself, and the OpenAI-compatible route answers in OpenAI's
/// error shape. The local host's HTTP endpoints apply the same mapping (<see cref="Answer"/>).
/// </summary>
public sealed class InvalidRequestMiddleware : IFunctionsWorkerMiddleware
{
    /// <inheritdoc />
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (Answer(e) is { } problem && context.GetHttpContext() is not null)
        {
            // The ASP.NET Core integration's outer middleware writes an IResult invocation result to the response.
            context.GetInvocationResult().Value = problem;
        }
    }

    /// <summary>The problem answering <paramref name="e"/> when it is, or wraps, an <see cref="InvalidRequestException"/>; null otherwise.</summary>
    public static IResult? Answer(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is InvalidRequestException invalid)
            {
                return Problem(invalid);
            }
        }
        return null;
    }

    /// <summary>The problem of <paramref name="e"/>: its field and problem under the status its kind names.</summary>
    public static IResult Problem(InvalidRequestException e) => e switch
    {
        { TooLarge: true } => Problems.TooLarge(e.Field, e.Problem),
        { NotFound: true } => Problems.NotFound(e.Field, e.Problem),
        { Conflict: true } => Problems.Conflict(e.Field, e.Problem),
        _ => Problems.Invalid(e.Field, e.Problem),
    };
}
