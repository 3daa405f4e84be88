using System.Reflection;
using Aligners.Functions.Http;
using Aligners.Orchestration.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aligners.Functions.Tests.Http;

[Trait("Category", "Unit")]
public class InvalidRequestMiddlewareTests
{
    [Theory]
    [InlineData(false, false, false, StatusCodes.Status400BadRequest)]
    [InlineData(true, false, false, StatusCodes.Status413PayloadTooLarge)]
    [InlineData(false, true, false, StatusCodes.Status404NotFound)]
    [InlineData(false, false, true, StatusCodes.Status409Conflict)]
    public void Answer_InvalidRequest_IsTheProblemOfItsKind_NamingItsFieldAndProblem(bool tooLarge, bool notFound, bool conflict, int status)
    {
        var e = new InvalidRequestException("lines[3].criteria[0]", "unknown criterion 'x'", tooLarge, notFound, conflict);

        var problem = Assert.IsType<ProblemHttpResult>(InvalidRequestMiddleware.Answer(e));

        Assert.Equal(status, problem.StatusCode);
        Assert.Equal("lines[3].criteria[0]", problem.ProblemDetails.Extensions["field"]);
        Assert.Equal("unknown criterion 'x'", problem.ProblemDetails.Detail);
    }

    [Fact]
    public void Answer_InvalidRequestInsideAnotherException_IsStillItsProblem()
    {
        var wrapped = new TargetInvocationException(new AggregateException(new InvalidRequestException("prompt", "is required")));

        var problem = Assert.IsType<ProblemHttpResult>(InvalidRequestMiddleware.Answer(wrapped));

        Assert.Equal(StatusCodes.Status400BadRequest, problem.StatusCode);
    }

    [Fact]
    public void Answer_AnyOtherFailure_IsNoAnswer_SoItStaysAFailure() =>
        Assert.Null(InvalidRequestMiddleware.Answer(new InvalidOperationException("a bug")));
}
