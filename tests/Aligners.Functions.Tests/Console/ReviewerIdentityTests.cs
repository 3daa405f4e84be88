using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Aligners.Functions.Console;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Aligners.Functions.Tests.Console;

[Trait("Category", "Unit")]
public class ReviewerIdentityTests
{
    private const string AnaKey = "ana-key-0123456789abcdef";

    private static ReviewerIdentity Identity(bool signIn) => new(
        Options.Create(new ReviewerDirectory { ["ana"] = new() { KeySha256 = [Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AnaKey)))] } }),
        Options.Create(new ReviewerSignInOptions { AppServiceAuthentication = signIn, Role = "Reviewer" }));

    private static HttpRequest Request(string? key = null, object? principal = null)
    {
        var context = new DefaultHttpContext();
        if (key is not null)
        {
            context.Request.Headers["x-functions-key"] = key;
        }
        if (principal is not null)
        {
            context.Request.Headers[ReviewerIdentity.PrincipalHeader] = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(principal));
        }
        return context.Request;
    }

    private static object Principal(string name, params string[] roles) => new
    {
        auth_typ = "aad",
        name_typ = "preferred_username",
        role_typ = "roles",
        claims = new[] { new { typ = "preferred_username", val = name } }.Concat(roles.Select(r => new { typ = "roles", val = r })).ToArray(),
    };

    [Fact]
    public void ReviewersKey_NamesTheReviewer_OtherKeysNameNobody()
    {
        Assert.Equal("ana", Identity(signIn: false).Of(Request(AnaKey)));
        Assert.Null(Identity(signIn: false).Of(Request("someone-elses-key-0123")));
        Assert.Null(Identity(signIn: false).Of(Request()));
    }

    [Fact]
    public void SignedInPrincipalWithTheRole_IsTheReviewer_OnlyWhereSignInStandsInFront()
    {
        var request = Request(principal: Principal("bo@contoso.example", "Reviewer"));

        Assert.Equal("bo@contoso.example", Identity(signIn: true).Of(request));
        Assert.Null(Identity(signIn: false).Of(request));
    }

    [Fact]
    public void SignedInPrincipalWithoutTheRole_OrAMalformedHeader_IsNoReviewer()
    {
        Assert.Null(Identity(signIn: true).Of(Request(principal: Principal("eve@contoso.example", "Reader"))));
        var context = new DefaultHttpContext();
        context.Request.Headers[ReviewerIdentity.PrincipalHeader] = "not base64 at all";
        Assert.Null(Identity(signIn: true).Of(context.Request));
    }

    [Fact]
    public void Directory_RefusesDigestsThatAreNotSha256()
    {
        var directory = new ReviewerDirectory { ["ana"] = new() { KeySha256 = ["abc"] } };

        var errors = directory.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(directory)).ToList();

        Assert.Contains(errors, e => e.ErrorMessage!.Contains("Reviewers:ana:KeySha256:0"));
    }
}
